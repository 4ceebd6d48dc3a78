package tw.uplift.notification.delivery;

/**
 * Where a {@link Delivery} stands (通知狀態). DELIVERED, PERMANENT_FAILURE and TECHNICAL_FAILURE are final;
 * TEMPORARY_FAILURE waits for its next attempt; HELD waits for the end of quiet hours or for the digest.
 */
public enum DeliveryStatus {
    /** Decided, not yet tried (已建立). */
    CREATED,
    /** Waiting on the recipient's preferences (暫緩): quiet hours (勿擾時段) or the daily digest (每日摘要). */
    HELD,
    /** An attempt is under way (傳送中): recorded before talking to the receiving system. */
    SENDING,
    /** The receiving system took it (已送達). */
    DELIVERED,
    /** An attempt failed in a way that may pass (暫時失敗); tried again later. */
    TEMPORARY_FAILURE,
    /** It cannot be delivered (永久失敗). */
    PERMANENT_FAILURE,
    /** Our own fault or an unknown outcome (系統錯誤): an operator decides. */
    TECHNICAL_FAILURE;

    public boolean isFinal() {
        return this == DELIVERED || this == PERMANENT_FAILURE || this == TECHNICAL_FAILURE;
    }
}
