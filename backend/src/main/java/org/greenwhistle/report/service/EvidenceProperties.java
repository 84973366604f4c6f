package org.greenwhistle.report.service;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** Evidence limits; the store directory must be shared by all nodes in a cluster. */
@ConfigurationProperties("greenwhistle.evidence")
public record EvidenceProperties(@DefaultValue("9") int maxFiles,
                                 @DefaultValue("20MB") DataSize maxImageSize,
                                 @DefaultValue("200MB") DataSize maxVideoSize,
                                 @DefaultValue("50MB") DataSize maxOtherSize,
                                 @DefaultValue("300MB") DataSize maxTotalSize,
                                 @DefaultValue("60000000") long maxImagePixels,
                                 String storeDir) {
  public long limitFor(String mediaType) {
    if (mediaType.startsWith("image/")) {
      return maxImageSize.toBytes();
    }
    if (mediaType.startsWith("video/")) {
      return maxVideoSize.toBytes();
    }
    return maxOtherSize.toBytes();
  }
}
