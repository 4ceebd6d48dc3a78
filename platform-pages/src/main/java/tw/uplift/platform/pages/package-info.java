/**
 * The page base every Uplift page stands on, in the services and in the gateway: one layout (header with the
 * viewer and their navigation, language switch, skip link, landmarks, footer), forms with CSRF and an error
 * summary, ROC dates, 繁體中文 first and English, and a plan's content in the documents' table layout
 * ({@link PlanTable}, {@code uplift/plan-table :: planTable}). Page controllers are marked {@link PageController}.
 */
package tw.uplift.platform.pages;
