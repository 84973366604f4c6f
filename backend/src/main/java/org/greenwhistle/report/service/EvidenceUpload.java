package org.greenwhistle.report.service;

import java.nio.file.Path;

/**
 * A received file waiting for inspection; the caller owns and deletes the temporary file. {@code keepLocation}: the
 * reporter of an anonymous report ticked "keep the location, it proves where I took it" (otherwise the position and
 * camera serial numbers are removed from anonymous reporters' photos).
 */
public record EvidenceUpload(String originalName, Path tempFile, boolean keepLocation) {
  public EvidenceUpload(String originalName, Path tempFile) {
    this(originalName, tempFile, false);
  }
}
