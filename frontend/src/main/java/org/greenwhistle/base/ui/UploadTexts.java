package org.greenwhistle.base.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/**
 * The upload widget in the user's language: Vaadin ships its texts in English only, so every upload
 * takes them from our bundles through this one place.
 */
public final class UploadTexts {

  private UploadTexts() {
  }

  /** Sets the widget's texts from the bundles in the upload's locale and returns it. */
  public static Upload localize(Upload upload) {
    UploadI18N i18n = new UploadI18N();
    i18n.setDropFiles(new UploadI18N.DropFiles()
        .setOne(t(upload, "upload.dropFile")).setMany(t(upload, "upload.dropFiles")));
    i18n.setAddFiles(new UploadI18N.AddFiles()
        .setOne(t(upload, "upload.addFile")).setMany(t(upload, "upload.addFiles")));
    i18n.setError(new UploadI18N.Error()
        .setTooManyFiles(t(upload, "upload.tooManyFiles"))
        .setFileIsTooBig(t(upload, "upload.fileIsTooBig"))
        .setIncorrectFileType(t(upload, "upload.incorrectFileType")));
    i18n.setFile(new UploadI18N.File()
        .setRetry(t(upload, "upload.retry")).setStart(t(upload, "upload.start")).setRemove(t(upload, "upload.remove")));
    i18n.setUploading(new UploadI18N.Uploading()
        .setStatus(new UploadI18N.Uploading.Status()
            .setConnecting(t(upload, "upload.connecting"))
            .setStalled(t(upload, "upload.stalled"))
            .setProcessing(t(upload, "upload.processing"))
            .setHeld(t(upload, "upload.held")))
        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
            .setPrefix(t(upload, "upload.remainingTime"))
            .setUnknown(t(upload, "upload.remainingUnknown")))
        .setError(new UploadI18N.Uploading.Error()
            .setServerUnavailable(t(upload, "upload.serverUnavailable"))
            .setUnexpectedServerError(t(upload, "upload.unexpectedServerError"))
            .setForbidden(t(upload, "upload.forbidden"))));
    i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
    upload.setI18n(i18n);
    return upload;
  }

  private static String t(Upload upload, String key) {
    return upload.getTranslation(key);
  }
}
