package org.tmfsafety.server.system;

import java.util.Locale;

import org.springframework.validation.Errors;

/**
 * An uploaded file checked for storage: not empty, within a size limit, and of a known type recognised from its
 * leading bytes (never from the name or the browser's claim): JPEG, PNG, PDF and, where documents are allowed,
 * Office Open XML (DOCX, XLSX, PPTX: a ZIP with the matching extension).
 *
 * @param name the file name, at most 255 characters (the end kept)
 * @param contentType the recognised type
 */
public record UploadedFile(String name, String contentType, byte[] data) {

    /**
     * Checks a file; adds errors to the field {@code file} and returns null when it is refused.
     *
     * @param officeDocuments whether DOCX, XLSX and PPTX are accepted besides JPEG, PNG and PDF
     * @param typeMessage the message key used when the type is refused (it names the accepted types)
     */
    public static UploadedFile check(String fileName, byte[] data, int maxMegabytes, boolean officeDocuments,
            String typeMessage, Errors errors) {
        String name = fileName == null || fileName.isBlank() ? "attachment" : fileName.strip();
        if (name.length() > 255) {
            name = name.substring(name.length() - 255);
        }
        if (data == null || data.length == 0) {
            errors.rejectValue("file", "assessment.attachment.empty");
            return null;
        }
        if (data.length > maxMegabytes * 1024L * 1024L) {
            errors.rejectValue("file", "assessment.attachment.tooLarge", new Object[] { maxMegabytes }, null);
            return null;
        }
        String type = contentType(data, officeDocuments ? name : null);
        if (type == null) {
            errors.rejectValue("file", typeMessage);
            return null;
        }
        return new UploadedFile(name, type, data);
    }

    /** The type from the leading bytes (and, for Office files, the extension of the given name), or null. */
    static String contentType(byte[] data, String officeName) {
        if (startsWith(data, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (startsWith(data, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (startsWith(data, '%', 'P', 'D', 'F', '-')) {
            return "application/pdf";
        }
        if (officeName != null && startsWith(data, 'P', 'K', 3, 4)) {
            String lower = officeName.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".docx")) {
                return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            }
            if (lower.endsWith(".xlsx")) {
                return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            }
            if (lower.endsWith(".pptx")) {
                return "application/vnd.openxmlformats-officedocument.presentationml.presentation";
            }
        }
        return null;
    }

    private static boolean startsWith(byte[] data, int... prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
