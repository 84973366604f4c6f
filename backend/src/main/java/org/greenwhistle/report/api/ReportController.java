package org.greenwhistle.report.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.greenwhistle.common.problem.FieldProblem;
import org.greenwhistle.common.problem.NotFoundException;
import org.greenwhistle.report.domain.FollowUp;
import org.greenwhistle.report.domain.Receipt;
import org.greenwhistle.report.domain.ReportDraft;
import org.greenwhistle.common.problem.InvalidInputException;
import org.greenwhistle.report.service.EvidenceUpload;
import org.greenwhistle.report.service.FollowUpService;
import org.greenwhistle.report.service.ReceiptCodes;
import org.greenwhistle.report.service.ReportSubmissionService;
import org.greenwhistle.report.service.SubmissionResult;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The citizen API for mobile and WeChat clients: the same rules as the form. */
@RestController
@RequestMapping("/api/v1/reports")
class ReportController {
  record MessageRequest(String text) {
  }

  record AppealRequest(String reason) {
  }

  private final ReportSubmissionService submissions;
  private final FollowUpService followUps;
  private final ObjectMapper json;

  ReportController(ReportSubmissionService submissions, FollowUpService followUps, ObjectMapper json) {
    this.submissions = submissions;
    this.followUps = followUps;
    this.json = json;
  }

  @Operation(summary = "Submit a report with evidence",
      description = "multipart/form-data: part `report` (JSON) and zero or more parts `evidence`. With an "
          + "Idempotency-Key, a retry within 24 h returns the same receipt and creates nothing new.",
      responses = {
          @ApiResponse(responseCode = "201", description = "the receipt; keep the access key, it is shown only now"),
          @ApiResponse(responseCode = "400", description = "invalid report or evidence (problem+json with field errors)"),
          @ApiResponse(responseCode = "413", description = "a file or the whole upload is too large"),
          @ApiResponse(responseCode = "429", description = "too many submissions from this client")})
  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
      produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
  ResponseEntity<Receipt> submit(
      @Parameter(content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ReportDraft.class)))
      @RequestPart(name = "report", required = false) MultipartFile report,
      @RequestPart(name = "evidence", required = false) List<MultipartFile> evidence,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
      HttpServletRequest request, Locale locale) throws IOException {
    if (report == null || report.isEmpty()) {
      throw new InvalidInputException(new FieldProblem("report", "report.error.partMissing"));
    }
    if (idempotencyKey != null && idempotencyKey.length() > 200) {
      throw new InvalidInputException(new FieldProblem("Idempotency-Key", "report.error.idempotencyKeyTooLong"));
    }
    ReportDraft draft;
    try (InputStream in = report.getInputStream()) {
      draft = json.readValue(in, ReportDraft.class);
    }
    if (draft == null) {
      throw new InvalidInputException(new FieldProblem("report", "report.error.partMissing"));
    }
    List<EvidenceUpload> uploads = new ArrayList<>();
    try {
      receive(evidence, uploads);
      SubmissionResult result = submissions.submit(draft, uploads, idempotencyKey, request.getRemoteAddr(), locale);
      return ResponseEntity.status(HttpStatus.CREATED)
          .header("Idempotent-Replayed", Boolean.toString(result.replayed()))
          .body(result.receipt());
    } finally {
      for (EvidenceUpload u : uploads) {
        Files.deleteIfExists(u.tempFile());
      }
    }
  }

  @Operation(summary = "Follow a report: status, timeline, messages",
      description = "A wrong key and an unknown tracking code give the same 404.")
  @GetMapping("/{trackingCode}")
  FollowUp followUp(@PathVariable String trackingCode, @RequestHeader(name = "X-Access-Key", required = false) String key) {
    return followUps.open(trackingCode, key).orElseThrow(() -> new NotFoundException("followUp.error.notFound"));
  }

  @Operation(summary = "Reply to the handlers")
  @PostMapping(value = "/{trackingCode}/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
  FollowUp reply(@PathVariable String trackingCode, @RequestHeader(name = "X-Access-Key", required = false) String key,
                 @RequestBody MessageRequest message) {
    return followUps.reply(trackingCode, key, message == null ? null : message.text());
  }

  @Operation(summary = "Withdraw a report that is not yet accepted")
  @PostMapping("/{trackingCode}/withdraw")
  FollowUp withdraw(@PathVariable String trackingCode, @RequestHeader(name = "X-Access-Key", required = false) String key) {
    return followUps.withdraw(trackingCode, key);
  }

  @Operation(summary = "Appeal once against a rejection, with a reason")
  @PostMapping(value = "/{trackingCode}/appeal", consumes = MediaType.APPLICATION_JSON_VALUE)
  FollowUp appeal(@PathVariable String trackingCode, @RequestHeader(name = "X-Access-Key", required = false) String key,
                  @RequestBody AppealRequest appeal) {
    return followUps.appeal(trackingCode, key, appeal == null ? null : appeal.reason());
  }

  @Operation(summary = "Add evidence to a report (multipart parts `evidence`)")
  @PostMapping(value = "/{trackingCode}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  FollowUp addEvidence(@PathVariable String trackingCode, @RequestHeader(name = "X-Access-Key", required = false) String key,
                       @RequestPart(name = "evidence", required = false) List<MultipartFile> evidence) throws IOException {
    List<EvidenceUpload> uploads = new ArrayList<>();
    try {
      receive(evidence, uploads);
      return followUps.addEvidence(trackingCode, key, uploads);
    } finally {
      for (EvidenceUpload u : uploads) {
        Files.deleteIfExists(u.tempFile());
      }
    }
  }

  /** Copies each received part to a temporary file; the caller deletes them (also when this fails midway). */
  private static void receive(List<MultipartFile> evidence, List<EvidenceUpload> into) throws IOException {
    for (MultipartFile file : evidence == null ? List.<MultipartFile>of() : evidence) {
      Path temp = Files.createTempFile("gw-upload-", ".bin");
      into.add(new EvidenceUpload(file.getOriginalFilename(), temp));
      file.transferTo(temp);
    }
  }
}
