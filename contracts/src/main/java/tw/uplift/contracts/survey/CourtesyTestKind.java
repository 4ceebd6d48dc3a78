package tw.uplift.contracts.survey;

/**
 * How a courtesy test is done: a phone call (電話禮貌測試: the switchboard, 總機, and the business unit it transfers to,
 * 業務單位) or a visit in person by a mystery shopper (神秘客訪查). Consumers meeting a kind they do not know treat it
 * as a courtesy test of no particular kind.
 */
public enum CourtesyTestKind { PHONE, VISIT }
