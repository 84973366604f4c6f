package org.greenwhistle.report.service;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One byte range as a player asks for it in an HTTP {@code Range} header (RFC 9110 §14.1.2): {@code bytes=first-last},
 * {@code bytes=first-} or the last {@code suffixLength} bytes, {@code bytes=-n}. It is resolved against the file's
 * length only when the file is read.
 */
public record EvidenceRange(Long first, Long last, Long suffixLength) {
  /** Up to 18 digits: no overflow, and more than any file the portal stores. */
  private static final Pattern SPEC = Pattern.compile("(?i)\\s*bytes\\s*=\\s*(\\d{0,18})\\s*-\\s*(\\d{0,18})\\s*");

  /** The range asked for cannot be served from a file of {@code length} bytes (HTTP 416). */
  public static class NotSatisfiableException extends RuntimeException {
    private final long length;

    NotSatisfiableException(long length) {
      super("range not satisfiable");
      this.length = length;
    }

    /** The file's length, for {@code Content-Range: bytes *}{@code /length}; -1 if the header was malformed. */
    public long length() {
      return length;
    }
  }

  /**
   * The single range of the header; null (the whole file) without a header, for another unit than bytes, or for
   * several ranges (RFC 9110 lets a server ignore Range; players ask for one). A malformed byte range is refused.
   */
  public static EvidenceRange parse(String header) {
    int equals = header == null ? -1 : header.indexOf('=');
    if (equals < 0 || !header.substring(0, equals).strip().equalsIgnoreCase("bytes") || header.contains(",")) {
      return null;
    }
    Matcher m = SPEC.matcher(header);
    if (!m.matches() || m.group(1).isEmpty() && m.group(2).isEmpty()) {
      throw new NotSatisfiableException(-1);
    }
    if (m.group(1).isEmpty()) {
      return new EvidenceRange(null, null, Long.parseLong(m.group(2)));
    }
    EvidenceRange range = new EvidenceRange(Long.parseLong(m.group(1)),
        m.group(2).isEmpty() ? null : Long.parseLong(m.group(2)), null);
    if (range.last() != null && range.last() < range.first()) {
      throw new NotSatisfiableException(-1);
    }
    return range;
  }

  /** The first and last byte (inclusive) this range means in a file of {@code length} bytes. */
  long[] resolve(long length) {
    if (suffixLength != null) {
      if (suffixLength == 0 || length == 0) {
        throw new NotSatisfiableException(length);
      }
      return new long[] {Math.max(0, length - suffixLength), length - 1};
    }
    if (first >= length) {
      throw new NotSatisfiableException(length);
    }
    return new long[] {first, last == null ? length - 1 : Math.min(last, length - 1)};
  }
}
