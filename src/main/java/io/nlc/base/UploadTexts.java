package io.nlc.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/**
 * The words of Vaadin's upload field, which speaks English unless told: the ones that name what is uploaded come from
 * {@code <prefix>.upload.*} (add, drop, too-many, too-big, wrong-type, processing), the rest from {@code upload.*}.
 */
public final class UploadTexts {

    private UploadTexts() {}

    public static UploadI18N of(Component screen, String prefix) {
        UploadI18N.Uploading uploading = new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(screen.getTranslation("upload.connecting"))
                        .setProcessing(screen.getTranslation(prefix + ".upload.processing"))
                        .setStalled(screen.getTranslation("upload.stalled"))
                        .setHeld(screen.getTranslation("upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(screen.getTranslation("upload.remaining"))
                        .setUnknown(screen.getTranslation("upload.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(screen.getTranslation("upload.failed"))
                        .setUnexpectedServerError(screen.getTranslation("upload.failed"))
                        .setForbidden(screen.getTranslation("upload.failed"))
                        .setFileTooLarge(screen.getTranslation(prefix + ".upload.too-big")));
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(screen.getTranslation(prefix + ".upload.add"))
                        .setMany(screen.getTranslation(prefix + ".upload.add")))
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(screen.getTranslation(prefix + ".upload.drop"))
                        .setMany(screen.getTranslation(prefix + ".upload.drop")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(screen.getTranslation(prefix + ".upload.too-many"))
                        .setFileIsTooBig(screen.getTranslation(prefix + ".upload.too-big"))
                        .setIncorrectFileType(screen.getTranslation(prefix + ".upload.wrong-type")))
                .setFile(new UploadI18N.File()
                        .setRemove(screen.getTranslation("upload.remove"))
                        .setRetry(screen.getTranslation("upload.retry"))
                        .setStart(screen.getTranslation("upload.start")))
                .setUploading(uploading)
                .setUnits(List.of("B", "kB", "MB", "GB", "TB"));
    }
}
