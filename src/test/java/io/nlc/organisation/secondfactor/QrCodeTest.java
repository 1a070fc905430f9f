package io.nlc.organisation.secondfactor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The drawn QR code scans back to the otpauth address: the SVG is read square by square and decoded. */
class QrCodeTest {

    private static final String URI = "otpauth://totp/NLC%20Self-Assessment:advisor.mena?secret="
            + "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=NLC%20Self-Assessment&algorithm=SHA1&digits=6&period=30";

    @Test
    void theDrawingScansBackToTheAddress() throws Exception {
        String svg = QrCode.svg(URI);
        Matcher box = Pattern.compile("viewBox='0 0 (\\d+) (\\d+)'").matcher(svg);
        assertThat(box.find()).isTrue();
        int size = Integer.parseInt(box.group(1));
        int scale = 4;
        int[] pixels = new int[size * scale * size * scale];
        java.util.Arrays.fill(pixels, 0xffffffff);
        Matcher square = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z").matcher(svg);
        int squares = 0;
        while (square.find()) {
            int x = Integer.parseInt(square.group(1));
            int y = Integer.parseInt(square.group(2));
            for (int dy = 0; dy < scale; dy++) {
                for (int dx = 0; dx < scale; dx++) {
                    pixels[(y * scale + dy) * size * scale + x * scale + dx] = 0xff000000;
                }
            }
            squares++;
        }
        assertThat(squares).isGreaterThan(100);
        String read = new QRCodeReader()
                .decode(new BinaryBitmap(
                        new HybridBinarizer(new RGBLuminanceSource(size * scale, size * scale, pixels))))
                .getText();
        assertThat(read).isEqualTo(URI);
    }

    @Test
    void theImageAddressHoldsTheSameDrawing() {
        String uri = QrCode.dataUri(URI);
        assertThat(uri).startsWith("data:image/svg+xml;base64,");
        assertThat(new String(Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1)), StandardCharsets.UTF_8))
                .isEqualTo(QrCode.svg(URI));
    }
}
