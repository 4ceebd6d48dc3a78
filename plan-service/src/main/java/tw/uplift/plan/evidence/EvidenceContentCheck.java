package tw.uplift.plan.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Whether an uploaded file may be kept as evidence, decided by its content (its magic bytes), not by its name: a
 * program or a web page renamed {@code 成果.pdf} is refused. The name still has to agree with the content, so what a
 * reviewer downloads opens in the program its name promises.
 * <p>
 * Apache Tika's detector ({@code tika-core}: its table of magic numbers, no parsers, nothing of the file is run)
 * tells PDF, PNG, JPEG, GIF and WebP, a ZIP, and text. Which office document a ZIP is comes from its own content
 * ({@link OfficeContainer}); text must be UTF-8 without control characters.
 */
public final class EvidenceContentCheck {

    /** The field a refused file is reported under, on the API and the page alike. */
    public static final String FIELD = "evidence";
    /** At most 10 MB a file (as Spring counts a megabyte, 1024 × 1024 bytes, like the upload limit). */
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    /** The same limit in MB, for the messages. */
    public static final int MAX_MB = 10;
    public static final int MAX_NAME_LENGTH = 200;

    private static final MimeTypes TIKA = MimeTypes.getDefaultMimeTypes();
    private static final MediaType OOXML = MediaType.application("x-tika-ooxml");

    private EvidenceContentCheck() {
    }

    /** A file's name as kept: its last path segment (some browsers send the whole path), without control characters. */
    public static String cleanName(String uploaded) {
        if (uploaded == null) {
            return "";
        }
        String name = uploaded.substring(Math.max(uploaded.lastIndexOf('/'), uploaded.lastIndexOf('\\')) + 1);
        return name.replaceAll("\\p{Cntrl}", "").strip();
    }

    /**
     * The type a file is, when it may be kept.
     *
     * @param name    its name as uploaded
     * @param content all of it
     * @throws RefusedInput naming {@value #FIELD} and saying why, when it may not
     */
    public static EvidenceType check(String name, byte[] content) {
        String clean = cleanName(name);
        if (clean.isEmpty()) {
            throw RefusedInput.because(FIELD, "evidence.refused.noName");
        }
        if (clean.length() > MAX_NAME_LENGTH) {
            throw RefusedInput.because(FIELD, "evidence.refused.nameTooLong", MAX_NAME_LENGTH);
        }
        if (content == null || content.length == 0) {
            throw RefusedInput.because(FIELD, "evidence.refused.empty", clean);
        }
        if (content.length > MAX_BYTES) {
            throw RefusedInput.because(FIELD, "evidence.refused.tooLarge", clean, MAX_MB);
        }
        EvidenceType claimed = EvidenceType.claimedBy(clean)
                .orElseThrow(() -> RefusedInput.because(FIELD, "evidence.refused.typeNotAccepted", clean));
        Optional<EvidenceType> actual = recognise(content);
        if (claimed.isText()) {
            // Tika calls text only what is ASCII or UTF-8; text in another encoding (Big5, as older Excel saves a CSV
            // in Taiwan) it calls unknown bytes. So: UTF-8 text is kept; text without control bytes that is not
            // UTF-8 is asked for in UTF-8; anything else is not text.
            boolean plain = withoutControlBytes(content);
            if (plain && (actual.filter(EvidenceType::isText).isPresent() || actual.isEmpty()) && !isUtf8(content)) {
                throw RefusedInput.because(FIELD, "evidence.refused.notUtf8", clean);
            }
            if (plain && actual.filter(EvidenceType::isText).isPresent()) {
                return claimed; // .csv or .txt: the same plain text, named for what it holds
            }
            throw RefusedInput.because(FIELD, "evidence.refused.contentMismatch", clean, claimed.label());
        }
        if (actual.filter(claimed::equals).isEmpty()) {
            throw RefusedInput.because(FIELD, "evidence.refused.contentMismatch", clean, claimed.label());
        }
        return claimed;
    }

    /** What the content is, if it is one of the accepted kinds ({@link EvidenceType#TXT} for any text). */
    static Optional<EvidenceType> recognise(byte[] content) {
        MediaType detected = detect(content).getBaseType();
        if (detected.equals(MediaType.TEXT_PLAIN)) {
            return Optional.of(EvidenceType.TXT);
        }
        if (TIKA.getMediaTypeRegistry().isInstanceOf(detected, MediaType.APPLICATION_ZIP)
                || TIKA.getMediaTypeRegistry().isInstanceOf(detected, OOXML)) {
            return OfficeContainer.kindOf(content);
        }
        return switch (detected.toString()) {
            case "application/pdf" -> Optional.of(EvidenceType.PDF);
            case "image/png" -> Optional.of(EvidenceType.PNG);
            case "image/jpeg" -> Optional.of(EvidenceType.JPEG);
            case "image/gif" -> Optional.of(EvidenceType.GIF);
            case "image/webp" -> Optional.of(EvidenceType.WEBP);
            default -> Optional.empty(); // a program, a web page, a script, an archive, anything else
        };
    }

    private static MediaType detect(byte[] content) {
        try {
            // No name in the metadata: Tika then goes by the bytes alone.
            return TIKA.detect(new ByteArrayInputStream(content), new Metadata());
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory cannot fail", e);
        }
    }

    /** Valid UTF-8 throughout (Tika looks at the start only). */
    static boolean isUtf8(byte[] content) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** No control characters but tab, line and page breaks anywhere (Tika looks at the start only). */
    static boolean withoutControlBytes(byte[] content) {
        for (byte b : content) {
            if ((b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7f) {
                return false;
            }
        }
        return true;
    }
}
