package org.greenwhistle.report.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Encoding;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.UnsupportedCharsetException;
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
import org.greenwhistle.report.service.EvidenceAdded;
import org.greenwhistle.report.service.EvidenceUpload;
import org.greenwhistle.report.service.FollowUpService;
import org.greenwhistle.report.service.ReceiptCodes;
import org.greenwhistle.report.service.ReportSubmissionService;
import org.greenwhistle.report.service.SubmissionResult;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The citizen API for mobile and WeChat clients: the same rules as the form. */
@RestController
@RequestMapping("/api/v1/reports")
class ReportController {
  /** Multipart form field: "true" keeps the photos' position in an anonymous report (issue #23). */
  static final String KEEP_LOCATION = "keepLocation";
  static final String KEEP_LOCATION_DESCRIPTION = "Anonymous reports only: `true` keeps the position and camera serial "
      + "numbers in the photos (\"keep the location, it proves where I took it\"); otherwise they are removed from "
      + "the stored JPEG/PNG and never stored in the database";

  record MessageRequest(String text) {
  }

  record AppealRequest(String reason) {
  }

  /** Tells a client that this answer is the one of its earlier, identical request. */
  static final String REPLAYED = "Idempotent-Replayed";

  private final ReportSubmissionService submissions;
  private final FollowUpService followUps;
  private final ObjectMapper json;

  ReportController(ReportSubmissionService submissions, FollowUpService followUps, ObjectMapper json) {
    this.submissions = submissions;
    this.followUps = followUps;
    this.json = json;
  }

  /** The multipart form as documented; the controller reads it leniently (see {@link #readReport}). */
  @Schema(name = "ReportSubmission")
  record SubmissionForm(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The report as JSON (schema ReportDraft), "
          + "UTF-8. Accepted as a file part with or without a file name, or as a plain form field; Content-Type "
          + "application/json, text/plain or none.") ReportDraft report,
      @ArraySchema(schema = @Schema(type = "string", format = "binary"), maxItems = 9,
          arraySchema = @Schema(description = "0 to 9 files: photos, videos, recordings, PDF (count and size limits "
              + "are settings); or none now and one file per request later")) List<String> evidence) {
  }

  /** The form of evidence added later. */
  @Schema(name = "EvidenceUpload")
  record EvidenceForm(
      @ArraySchema(schema = @Schema(type = "string", format = "binary"), minItems = 1,
          arraySchema = @Schema(description = "usually one file per request")) List<String> evidence) {
  }

  private static final String IDEMPOTENCY_RULE = " With an `Idempotency-Key` (at most 200 characters, e.g. a UUID "
      + "made once per report or file, not a timestamp), a retry within 24 h of exactly the same request answers "
      + "with the first result and the header `Idempotent-Replayed: true`, and stores nothing new. The key is bound "
      + "to the request: ";

  private static final String IDEMPOTENCY_HEADER = "Optional, at most 200 characters; replays only exactly the same "
      + "request (see the operation's description)";

  @Operation(summary = "Submit a report, with or without evidence",
      description = "multipart/form-data with a part `report` (the report JSON) and zero or more parts `evidence`. "
          + "Optional form field `keepLocation`: " + KEEP_LOCATION_DESCRIPTION + ". "
          + "The `report` part may be a file part with or without a file name or a plain form field, with "
          + "Content-Type application/json, text/plain or none: what `curl -F`, browsers, OkHttp, Python requests "
          + "and `wx.uploadFile` (formData) send. Clients that send one file per request (wx.uploadFile) create the "
          + "report first, without files or with the first one, then add each further file with "
          + "`POST /api/v1/reports/{trackingCode}/evidence` and the access key." + IDEMPOTENCY_RULE
          + "a hash of the report JSON after parsing (so the same report in another accepted shape is the same "
          + "request) and of each file's SHA-256. The same key with a different request is refused with 422 and "
          + "nothing about the first report. Retries count against the client's submission limit.\n\n"
          + "```\n"
          + "# a file part\n"
          + "curl -F 'report=@report.json;type=application/json' -F evidence=@photo1.jpg …/api/v1/reports\n"
          + "# a JSON part without a file name (OkHttp, Python requests)\n"
          + "curl -F \"report=$(cat report.json);type=application/json\" …/api/v1/reports\n"
          + "# a plain form field (curl -F name=value, wx.uploadFile formData)\n"
          + "curl -H \"Idempotency-Key: $(uuidgen)\" -F \"report=$(cat report.json)\" -F evidence=@photo1.jpg "
          + "…/api/v1/reports\n"
          + "```",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
          mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = SubmissionForm.class),
          encoding = @Encoding(name = "report", contentType = MediaType.APPLICATION_JSON_VALUE))),
      responses = {
          @ApiResponse(responseCode = "201", description = "the receipt; keep the access key, it is shown only now. "
              + "Header `Idempotent-Replayed`: true when this answers a retry"),
          @ApiResponse(responseCode = "400", description = "invalid report or evidence, or the `report` part missing "
              + "or not JSON (problem+json with field errors naming the accepted shapes)"),
          @ApiResponse(responseCode = "413", description = "a file or the whole upload is too large"),
          @ApiResponse(responseCode = "422", description = "the Idempotency-Key was used for a different request"),
          @ApiResponse(responseCode = "429", description = "too many submissions (or retries) from this client")})
  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
      produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
  ResponseEntity<Receipt> submit(
      @Parameter(hidden = true) @RequestPart(name = "report", required = false) MultipartFile reportFile,
      @Parameter(hidden = true) @RequestPart(name = "evidence", required = false) List<MultipartFile> evidence,
      @Parameter(description = IDEMPOTENCY_HEADER) @RequestHeader(name = "Idempotency-Key", required = false)
      String idempotencyKey,
      HttpServletRequest request, Locale locale) throws IOException {
    checkLength(idempotencyKey);
    // a form field is a request parameter (@RequestParam would hand over the file part instead)
    ReportDraft draft = readReport(reportFile, request.getParameter("report"));
    List<EvidenceUpload> uploads = new ArrayList<>();
    try {
      receive(evidence, uploads, "true".equalsIgnoreCase(request.getParameter(KEEP_LOCATION)));
      SubmissionResult result = submissions.submit(draft, uploads, idempotencyKey, request.getRemoteAddr(), locale);
      return ResponseEntity.status(HttpStatus.CREATED)
          .header(REPLAYED, Boolean.toString(result.replayed()))
          .body(result.receipt());
    } finally {
      for (EvidenceUpload u : uploads) {
        Files.deleteIfExists(u.tempFile());
      }
    }
  }

  /**
   * The report from whichever shape the client sent: a file part (raw bytes, JSON's own encoding detection unless
   * a charset is declared) or a form field (decoded by the container as UTF-8).
   */
  private ReportDraft readReport(MultipartFile file, String field) throws IOException {
    ReportDraft draft;
    try {
      if (file != null && !file.isEmpty()) {
        Charset declared = declaredCharset(file.getContentType());
        draft = declared == null ? json.readValue(file.getBytes(), ReportDraft.class)
            : json.readValue(new String(file.getBytes(), declared), ReportDraft.class);
      } else if (field != null && !field.isBlank()) {
        draft = json.readValue(field, ReportDraft.class);
      } else {
        draft = null;
      }
    } catch (JsonProcessingException e) {
      // Jackson wraps a syntax error met inside a value; valid JSON of the wrong shape keeps its own answer
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof JsonParseException) {
          throw new InvalidInputException(new FieldProblem("report", "report.error.partInvalid"));
        }
      }
      throw e;
    }
    if (draft == null) {
      throw new InvalidInputException(new FieldProblem("report", "report.error.partMissing"));
    }
    return draft;
  }

  private static Charset declaredCharset(String contentType) {
    try {
      return contentType == null ? null : MediaType.parseMediaType(contentType).getCharset();
    } catch (InvalidMediaTypeException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static void checkLength(String idempotencyKey) {
    if (idempotencyKey != null && idempotencyKey.length() > 200) {
      throw new InvalidInputException(new FieldProblem("Idempotency-Key", "report.error.idempotencyKeyTooLong"));
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

  @Operation(summary = "Add evidence to a report, one file per request",
      description = "multipart/form-data with part(s) `evidence` (usually one file, as wx.uploadFile sends) and the "
          + "access key in `X-Access-Key`. The limits of a submission apply to the report's files together (count, "
          + "size per type, total size); a refused file stores nothing." + IDEMPOTENCY_RULE
          + "the SHA-256 of the file(s), and scoped to the report. A retried upload of the same file attaches it "
          + "once; the same key with another file is refused with 422.\n\n"
          + "```\n"
          + "curl -H \"X-Access-Key: $KEY\" -H \"Idempotency-Key: $(uuidgen)\" -F evidence=@photo2.jpg "
          + "…/api/v1/reports/$CODE/evidence\n"
          + "```",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
          mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = EvidenceForm.class))),
      responses = {
          @ApiResponse(responseCode = "200", description = "the report with the new file's name; header "
              + "`Idempotent-Replayed`: true when this answers a retry"),
          @ApiResponse(responseCode = "400", description = "no file, too many files, or a file refused (type, damage)"),
          @ApiResponse(responseCode = "404", description = "unknown tracking code or wrong access key (same answer)"),
          @ApiResponse(responseCode = "413", description = "the file, or the report's files together, too large"),
          @ApiResponse(responseCode = "422", description = "the Idempotency-Key was used for another file")})
  @PostMapping(value = "/{trackingCode}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<FollowUp> addEvidence(@PathVariable String trackingCode,
                       @RequestHeader(name = "X-Access-Key", required = false) String key,
                       @Parameter(description = IDEMPOTENCY_HEADER)
                       @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                       @Parameter(hidden = true) @RequestPart(name = "evidence", required = false)
                       List<MultipartFile> evidence,
                       @Parameter(description = KEEP_LOCATION_DESCRIPTION)
                       @RequestParam(name = KEEP_LOCATION, required = false) Boolean keepLocation) throws IOException {
    checkLength(idempotencyKey);
    List<EvidenceUpload> uploads = new ArrayList<>();
    try {
      receive(evidence, uploads, Boolean.TRUE.equals(keepLocation));
      EvidenceAdded added = followUps.addEvidence(trackingCode, key, uploads, idempotencyKey);
      return ResponseEntity.ok().header(REPLAYED, Boolean.toString(added.replayed())).body(added.followUp());
    } finally {
      for (EvidenceUpload u : uploads) {
        Files.deleteIfExists(u.tempFile());
      }
    }
  }

  /** Copies each received part to a temporary file; the caller deletes them (also when this fails midway). */
  private static void receive(List<MultipartFile> evidence, List<EvidenceUpload> into, boolean keepLocation)
      throws IOException {
    for (MultipartFile file : evidence == null ? List.<MultipartFile>of() : evidence) {
      Path temp = Files.createTempFile("gw-upload-", ".bin");
      into.add(new EvidenceUpload(file.getOriginalFilename(), temp, keepLocation));
      file.transferTo(temp);
    }
  }
}
