package org.greenwhistle.report.service;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.greenwhistle.audit.service.AuditTrail;
import org.greenwhistle.common.problem.FieldProblem;
import org.greenwhistle.common.problem.InvalidInputException;
import org.greenwhistle.common.problem.NotFoundException;
import org.greenwhistle.common.problem.UnprocessableRequestException;
import org.greenwhistle.identity.service.CurrentUser;
import org.greenwhistle.report.domain.EvidenceRecord;
import org.greenwhistle.report.domain.ReportRecord;
import org.greenwhistle.report.domain.TimelineEvent;
import org.greenwhistle.report.persistence.ReportMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence for staff of the case's region: opening, playing and downloading (audited), photo previews (not audited)
 * and staff photos (e.g. from verification).
 */
@Service
@PreAuthorize("hasAnyRole('INTAKE','INVESTIGATOR','LEADER','ADMIN')")
public class CaseEvidenceService {
  private static final Logger log = LoggerFactory.getLogger(CaseEvidenceService.class);

  public record Download(EvidenceRecord evidence, InputStream content) {
  }

  /**
   * Bytes {@code first}..{@code last} (inclusive) of a recording of {@code length} bytes, decrypted from
   * {@code content} as they are read (it stands at {@code first}); {@code partial} when a range was asked for. The
   * caller closes it.
   */
  public record Playback(EvidenceRecord evidence, long first, long last, long length, boolean partial,
                         SeekableByteChannel content) implements Closeable {
    public long contentLength() {
      return last - first + 1;
    }

    @Override
    public void close() throws IOException {
      content.close();
    }
  }

  /**
   * The most one range answer carries (four segments): the player asks for the rest as it plays, and the check before
   * sending never reads more than this.
   */
  public static final long MAX_RANGE_BYTES = 4L * 1024 * 1024;

  /** Twice the case page's 14rem preview width, for sharp previews on high-density screens. */
  private static final int THUMBNAIL_WIDTH = 448;

  private final ReportMapper reports;
  private final EvidenceStore store;
  private final EvidenceInspector inspector;
  private final ReportSubmissionService submissions;
  private final ReportLookup lookup;
  private final CurrentUser currentUser;
  private final AuditTrail audit;
  private final Clock clock;

  CaseEvidenceService(ReportMapper reports, EvidenceStore store, EvidenceInspector inspector,
                      ReportSubmissionService submissions, ReportLookup lookup, CurrentUser currentUser,
                      AuditTrail audit, Clock clock) {
    this.reports = reports;
    this.store = store;
    this.inspector = inspector;
    this.submissions = submissions;
    this.lookup = lookup;
    this.currentUser = currentUser;
    this.audit = audit;
    this.clock = clock;
  }

  /** The evidence as a file to save: audited as a download. */
  @Transactional
  public Download open(String trackingCode, long evidenceId) {
    return serve(trackingCode, evidenceId, "EVIDENCE_DOWNLOADED");
  }

  /** The evidence shown in full in the browser (a photo opened, a recording played): audited as opened. */
  @Transactional
  public Download view(String trackingCode, long evidenceId) {
    return serve(trackingCode, evidenceId, "EVIDENCE_OPENED");
  }

  /**
   * A recording (video or audio) for the case page's player, range by range, so that an officer can seek in a long
   * video without the browser fetching it from the start. Only the 1 MB segments the range touches are decrypted, and
   * they are read through once before anything is sent: a changed segment refuses the range, as it refuses a
   * download, instead of breaking off midway. A file still plain from before encryption has no segment tags, so its
   * digest is checked over the whole file each time. {@code range} null is the whole file, checked whole; a longer
   * range (the player's open {@code bytes=0-}) is cut at {@link #MAX_RANGE_BYTES}. Audited as opened when {@code startsPlayback}: the web layer knows which
   * request begins a playback, so that playing a video is one entry and not one per range.
   */
  @Transactional
  public Playback play(String trackingCode, long evidenceId, EvidenceRange range, boolean startsPlayback) {
    ReportRecord r = lookup.inCallersRegion(trackingCode);
    EvidenceRecord e = evidenceOf(r, evidenceId);
    if (!e.mediaType().startsWith("video/") && !e.mediaType().startsWith("audio/")) {
      // photos open and other files download through their own audited paths; only recordings are played
      throw new NotFoundException("case.error.notFound");
    }
    SeekableByteChannel content = null;
    try {
      boolean segmentsAuthenticate = store.encrypted(e.storageId());
      if ((range == null || !segmentsAuthenticate) && !store.intact(e.storageId(), e.expectedStoredSha256())) {
        throw damaged(e, "digest or segment check over the whole file");
      }
      content = store.openRange(e.storageId());
      content.read(ByteBuffer.allocate(1)); // Tink's channel knows the plaintext length only after a first read
      long length = content.size();
      long first = 0;
      long last = length - 1;
      if (range != null) {
        long[] span = range.resolve(length);
        first = span[0];
        last = Math.min(span[1], first + MAX_RANGE_BYTES - 1);
        if (segmentsAuthenticate) {
          readThrough(content, first, last);
        }
      }
      if (startsPlayback) {
        audit.record(r.getTrackingCode(), currentUser.username(), "EVIDENCE_OPENED", "evidence:" + e.id(), null);
      }
      content.position(first);
      return new Playback(e, first, last, length, range != null, content);
    } catch (IOException ex) {
      closeQuietly(content);
      throw damaged(e, ex.getClass().getSimpleName());
    } catch (RuntimeException ex) {
      closeQuietly(content);
      throw ex;
    }
  }

  /** Decrypts the range once (each segment's GCM tag checked) without keeping it. */
  private static void readThrough(SeekableByteChannel content, long first, long last) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
    content.position(first);
    for (long left = last - first + 1; left > 0; ) {
      buffer.clear().limit((int) Math.min(buffer.capacity(), left));
      int read = content.read(buffer);
      if (read < 0) {
        throw new EOFException("evidence shorter than its length");
      }
      left -= read;
    }
  }

  private static UnprocessableRequestException damaged(EvidenceRecord e, String how) {
    log.error("Evidence {} failed its integrity check (stored file changed or unreadable: {})", e.id(), how);
    return new UnprocessableRequestException("evidence.error.storedDamaged");
  }

  private static void closeQuietly(SeekableByteChannel content) {
    if (content != null) {
      try {
        content.close();
      } catch (IOException ignored) {
        // the refusal that follows is what matters
      }
    }
  }

  /**
   * A small preview of a photo for the case page, not audited: merely showing the page must not fill the audit
   * trail, and the preview cannot stand in for the evidence (downscaled, re-encoded without its metadata). Empty
   * for anything that is not a photo the JVM can read.
   */
  @Transactional(readOnly = true)
  public Optional<byte[]> thumbnail(String trackingCode, long evidenceId) {
    EvidenceRecord e = evidenceOf(lookup.inCallersRegion(trackingCode), evidenceId);
    if (!e.mediaType().startsWith("image/")) {
      return Optional.empty();
    }
    try (InputStream in = store.open(e.storageId())) {
      BufferedImage image = ImageIO.read(in);
      if (image == null) {
        return Optional.empty();
      }
      int width = Math.min(THUMBNAIL_WIDTH, image.getWidth());
      int height = Math.max(1, (int) ((long) image.getHeight() * width / image.getWidth()));
      BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = small.createGraphics();
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.drawImage(image, 0, 0, width, height, null);
      g.dispose();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(small, "jpg", out);
      return Optional.of(out.toByteArray());
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private Download serve(String trackingCode, long evidenceId, String action) {
    ReportRecord r = lookup.inCallersRegion(trackingCode);
    EvidenceRecord e = evidenceOf(r, evidenceId);
    // a whole pass through decryption before anything is sent: a changed byte anywhere (a segment failing its
    // GCM tag, or a plain file's digest differing) refuses the download instead of breaking off midway
    if (!store.intact(e.storageId(), e.expectedStoredSha256())) {
      throw damaged(e, "digest or segment check over the whole file");
    }
    audit.record(r.getTrackingCode(), currentUser.username(), action, "evidence:" + e.id(), null);
    try {
      return new Download(e, store.open(e.storageId()));
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private EvidenceRecord evidenceOf(ReportRecord r, long evidenceId) {
    EvidenceRecord e = reports.findEvidenceById(evidenceId);
    if (e == null || !e.reportId().equals(r.getId())) {
      throw new NotFoundException("case.error.notFound");
    }
    return e;
  }

  @PreAuthorize("hasAnyRole('INVESTIGATOR','LEADER')")
  @Transactional
  public List<EvidenceRecord> attachStaffEvidence(String trackingCode, List<EvidenceUpload> uploads) {
    ReportRecord r = lookup.inCallersRegion(trackingCode);
    if (uploads.isEmpty()) {
      throw new InvalidInputException(new FieldProblem("evidence", "evidence.error.none"));
    }
    List<InspectedFile> files = inspector.inspect(uploads, 0, 0);
    Instant now = clock.instant();
    files.forEach(f -> submissions.attach(r.getId(), f, "STAFF", false, now));
    reports.insertEvent(new TimelineEvent(null, r.getId(), now, "STAFF_EVIDENCE", null));
    audit.record(r.getTrackingCode(), currentUser.username(), "STAFF_EVIDENCE_ADDED", "evidence", "files=" + files.size());
    return reports.findEvidence(r.getId());
  }

}
