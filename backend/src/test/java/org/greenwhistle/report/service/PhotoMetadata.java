package org.greenwhistle.report.service;

import com.drew.imaging.ImageMetadataReader;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.GpsDirectory;
import java.io.ByteArrayInputStream;

/** What a photo tells about where it was taken, read as staff tools would (metadata-extractor). */
public final class PhotoMetadata {
  private PhotoMetadata() {
  }

  /** The GPS position in the photo's EXIF, or null if none is left. */
  public static GeoLocation location(byte[] photo) throws Exception {
    Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(photo));
    GpsDirectory gps = metadata.getFirstDirectoryOfType(GpsDirectory.class);
    GeoLocation location = gps == null ? null : gps.getGeoLocation();
    return location == null || location.isZero() ? null : location;
  }
}
