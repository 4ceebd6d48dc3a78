package tw.uplift.survey.courtesy;

import tw.uplift.survey.design.LocalizedText;

/**
 * One line of a courtesy rubric (評分項目), e.g. 「響鈴 3 聲內接聽」 worth 10 points.
 *
 * @param id        stable within its rubric (lower-case letters, digits and hyphens), the key a tester's marks use
 * @param section   the part of the test it belongs to (總機 / 業務單位 for a phone test), or null
 * @param text      what the tester looks for, in 繁體中文 and English
 * @param maxPoints the most it can give, at least 1
 */
public record Criterion(String id, LocalizedText section, LocalizedText text, int maxPoints) {
}
