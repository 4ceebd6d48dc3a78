package tw.uplift.contracts.notification;

/** How a notice reaches its recipient. */
public enum Channel { IN_APP, EMAIL, WEBHOOK }
