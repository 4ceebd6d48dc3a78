package tw.uplift.notification.audit;

/**
 * The result of walking the chain.
 *
 * @param checked      entries checked (up to and including the broken one)
 * @param headPosition the last entry that verified (0 for an empty trail); for an intact chain, the newest
 * @param headHash     its hash ({@link ChainHash#GENESIS} for an empty trail); written down by an inspector, the
 *                     newest position and hash also reveal a later removal of the newest entries, which no chain
 *                     can show by itself
 * @param broken       the first broken link, or null when every link holds
 */
public record ChainReport(long checked, long headPosition, String headHash, BrokenLink broken) {

    public boolean intact() {
        return broken == null;
    }
}
