package tw.uplift.survey.design;

/** What a segment (分眾) of a survey's respondents is told apart by; each gets its own link and QR code. */
public enum SegmentKind {
    /** A service, e.g. 戶籍登記 or 印鑑證明. */
    SERVICE,
    /** A counter or service point, e.g. 1 號櫃台 or 新興戶政. */
    COUNTER,
    /** A channel, e.g. 臨櫃, 電話, 網站. */
    CHANNEL
}
