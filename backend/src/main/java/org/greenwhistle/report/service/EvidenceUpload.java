package org.greenwhistle.report.service;

import java.nio.file.Path;

/** A received file waiting for inspection; the caller owns and deletes the temporary file. */
public record EvidenceUpload(String originalName, Path tempFile) {
}
