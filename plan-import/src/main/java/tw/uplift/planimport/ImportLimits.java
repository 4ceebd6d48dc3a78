package tw.uplift.planimport;

/**
 * How much the importer accepts. A plan is a few dozen pages; anything near these limits is not one.
 *
 * @param maxBytes largest file accepted, in bytes
 */
public record ImportLimits(long maxBytes) {

    /** 10 MB: the largest real plan .docx seen with photos is about 3 MB. */
    public static final ImportLimits DEFAULT = new ImportLimits(10L * 1024 * 1024);

    public ImportLimits {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
    }
}
