package org.tmfsafety.server.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Turns XHTML into PDF with openhtmltopdf, DejaVu Sans (regular and bold) embedded so that Russian and Kazakh
 * letters print.
 */
@Component
public class PdfRenderer {

    private static final String REGULAR = "fonts/DejaVuSans.ttf";

    private static final String BOLD = "fonts/DejaVuSans-Bold.ttf";

    /** The reports' shared style sheet, read once. */
    private final String styleSheet;

    PdfRenderer() throws IOException {
        styleSheet = new String(new ClassPathResource("templates/fragments/pdf.css").getContentAsByteArray(),
                StandardCharsets.UTF_8);
    }

    /** The style sheet of the reports (A4, DejaVu Sans, tables, page numbers), for their {@code <style>} element. */
    public String styleSheet() {
        return styleSheet;
    }

    /** Renders the XHTML document to the stream. */
    public void render(String xhtml, OutputStream out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(() -> font(REGULAR), "DejaVu Sans", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(() -> font(BOLD), "DejaVu Sans", 700, PdfRendererBuilder.FontStyle.NORMAL, true);
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        builder.run();
    }

    private static InputStream font(String path) {
        try {
            return new ClassPathResource(path).getInputStream();
        }
        catch (IOException e) {
            throw new IllegalStateException("missing font " + path, e);
        }
    }
}
