package tw.uplift.planimport.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import tw.uplift.planimport.PlanImportException;
import tw.uplift.planimport.PlanImportException.Problem;

/**
 * Bytes to text, refusing what is not text. UTF-8 is expected; a UTF-16 BOM is honoured; text that is not
 * valid UTF-8 but is valid Big5 (MS950, still common in Taiwanese offices) is read as Big5 and reported.
 */
public final class TextDecoder {

    /** The decoded text and the charset actually used. */
    public record Decoded(String text, Charset charset, boolean guessed) {
    }

    private TextDecoder() {
    }

    public static Decoded decode(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
            return utf16(bytes, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
            return utf16(bytes, StandardCharsets.UTF_16LE);
        }
        int offset = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        int nul = indexOfNul(bytes);
        if (nul >= 0) {
            throw new PlanImportException(Problem.BINARY_CONTENT, lineAt(bytes, nul),
                    "the file contains binary data (a NUL byte at offset " + nul + "); expected text, Markdown, HTML or .docx");
        }
        String text = strict(bytes, offset, StandardCharsets.UTF_8);
        boolean guessed = false;
        Charset used = StandardCharsets.UTF_8;
        if (text == null) {
            Charset big5 = Charset.forName("x-windows-950");
            text = strict(bytes, offset, big5);
            if (text == null) {
                int bad = firstInvalidUtf8(bytes, offset);
                throw new PlanImportException(Problem.BINARY_CONTENT, lineAt(bytes, bad),
                        "the file is neither UTF-8 nor Big5 text (invalid byte at offset " + bad + ")");
            }
            used = big5;
            guessed = true;
        }
        checkControlCharacters(text);
        return new Decoded(text, used, guessed);
    }

    private static Decoded utf16(byte[] bytes, Charset charset) {
        String text = strict(bytes, 2, charset);
        if (text == null) {
            throw new PlanImportException(Problem.BINARY_CONTENT, 0, "the file starts like " + charset.name() + " text but is not valid " + charset.name());
        }
        checkControlCharacters(text);
        return new Decoded(text, charset, false);
    }

    private static void checkControlCharacters(String text) {
        int controls = 0;
        int firstAt = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                controls++;
                if (firstAt < 0) {
                    firstAt = i;
                }
            }
        }
        // A few stray control characters happen in PDF extractions; many mean this is not text.
        if (controls > 8 && controls * 100 > text.length()) {
            int line = (int) text.substring(0, firstAt).chars().filter(ch -> ch == '\n').count() + 1;
            throw new PlanImportException(Problem.BINARY_CONTENT, line,
                    "the file looks binary (" + controls + " control characters); expected text, Markdown, HTML or .docx");
        }
    }

    private static String strict(byte[] bytes, int offset, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int firstInvalidUtf8(byte[] bytes, int offset) {
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, out, true);
        return in.position();
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
