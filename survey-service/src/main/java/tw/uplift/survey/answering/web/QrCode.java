package tw.uplift.survey.answering.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A QR code (QR 碼) of one link, drawn from ZXing's module matrix: as SVG (one {@code <path>} of the dark modules,
 * crisp at any print size) or as PNG. Error correction M (15 %): a printed poster survives some wear, and the code
 * stays small enough to scan from a phone at arm's length.
 */
final class QrCode {

    /** The blank margin the standard asks for, in modules. */
    private static final int QUIET_ZONE = 4;

    private final BitMatrix modules;

    private QrCode(BitMatrix modules) {
        this.modules = modules;
    }

    static QrCode of(String text) {
        try {
            // size 0: one pixel per module, no margin; the drawing below scales and adds the quiet zone itself
            return new QrCode(new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0,
                    EncodeHintType.CHARACTER_SET, "UTF-8")));
        } catch (WriterException tooLong) {
            throw new IllegalArgumentException("cannot encode as a QR code: " + text, tooLong);
        }
    }

    /** One path: each row's runs of dark modules as rectangles, in module units; the viewBox holds the margin. */
    String svg(String title) {
        int size = modules.getWidth() + 2 * QUIET_ZONE;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < modules.getHeight(); y++) {
            int x = 0;
            while (x < modules.getWidth()) {
                if (!modules.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < modules.getWidth() && modules.get(x, y)) {
                    x++;
                }
                path.append('M').append(start + QUIET_ZONE).append(' ').append(y + QUIET_ZONE)
                        .append('h').append(x - start).append("v1h-").append(x - start).append('z');
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"" + escape(title) + "\">"
                + "<title>" + escape(title) + "</title>"
                + "<rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    /** Black on white, {@code scale} pixels per module, with the quiet zone. */
    byte[] png(int scale) {
        int size = (modules.getWidth() + 2 * QUIET_ZONE) * scale;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        for (int py = 0; py < size; py++) {
            for (int px = 0; px < size; px++) {
                int x = px / scale - QUIET_ZONE;
                int y = py / scale - QUIET_ZONE;
                boolean dark = x >= 0 && y >= 0 && x < modules.getWidth() && y < modules.getHeight()
                        && modules.get(x, y);
                image.setRGB(px, py, dark ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException inMemory) {
            throw new UncheckedIOException(inMemory);
        }
        return png.toByteArray();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
