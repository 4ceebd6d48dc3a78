package tw.uplift.survey.courtesy;

import java.util.List;
import tw.uplift.contracts.survey.CourtesyTestKind;
import tw.uplift.survey.design.LocalizedText;

/**
 * The rubrics shipped, as Taiwanese agencies write them in their 電話禮貌測試 and 神秘客訪查 forms; an agency's
 * supervising body may configure its own ({@link CourtesyProperties}).
 *
 * <p>Phone (100): the switchboard 總機 (30: answering speed, greeting with the agency's name, courtesy) and the
 * business unit 業務單位 it transfers to (70: transfer speed, self-introduction, courtesy, content, closing), content
 * weighing most since a polite wrong answer still sends the citizen away wrong. Visit (100): environment, signage,
 * greeting, courtesy, efficiency, content.
 */
public final class DefaultRubrics {

    private static final LocalizedText SWITCHBOARD = new LocalizedText("總機", "Switchboard");
    private static final LocalizedText BUSINESS_UNIT = new LocalizedText("業務單位", "Business unit");

    public static final Rubric PHONE = new Rubric(CourtesyTestKind.PHONE, List.of(
            new Criterion("switchboard-speed", SWITCHBOARD,
                    text("響鈴 3 聲內接聽", "Answered within 3 rings"), 10),
            new Criterion("switchboard-greeting", SWITCHBOARD,
                    text("接聽時問候並報明機關名稱", "Greets the caller and gives the agency's name"), 10),
            new Criterion("switchboard-courtesy", SWITCHBOARD,
                    text("語氣親切有禮，轉接前先告知", "Friendly, polite tone; says so before transferring"), 10),
            new Criterion("unit-speed", BUSINESS_UNIT,
                    text("轉接後響鈴 3 聲內接聽", "Answered within 3 rings of the transfer"), 10),
            new Criterion("unit-introduction", BUSINESS_UNIT,
                    text("報明單位及姓名", "Gives the unit's name and their own"), 15),
            new Criterion("unit-courtesy", BUSINESS_UNIT,
                    text("態度親切耐心，用語禮貌", "Friendly, patient and polite"), 15),
            new Criterion("unit-content", BUSINESS_UNIT,
                    text("答復內容正確、完整、清楚", "The answer is correct, complete and clear"), 25),
            new Criterion("unit-closing", BUSINESS_UNIT,
                    text("結束時致意，確認無其他問題，待民眾先掛電話",
                            "Closes politely, asks if anything else is needed, lets the caller hang up first"), 5)));

    public static final Rubric VISIT = new Rubric(CourtesyTestKind.VISIT, List.of(
            new Criterion("environment", null,
                    text("洽公環境整潔舒適，動線清楚", "Clean, comfortable premises with a clear way through"), 15),
            new Criterion("signage", null,
                    text("服務標示清楚（含雙語及無障礙標示）", "Clear signs, bilingual and accessible"), 15),
            new Criterion("greeting", null,
                    text("主動招呼並引導", "Staff greet and guide visitors unprompted"), 15),
            new Criterion("courtesy", null,
                    text("服務態度親切有禮，儀容整潔", "Friendly, polite and neatly presented staff"), 20),
            new Criterion("efficiency", null,
                    text("等候及辦理時間合宜", "Reasonable waiting and handling time"), 15),
            new Criterion("content", null,
                    text("說明正確、完整、易懂", "Explanations correct, complete and easy to follow"), 20)));

    private DefaultRubrics() {
    }

    public static Rubric of(CourtesyTestKind kind) {
        return switch (kind) {
            case PHONE -> PHONE;
            case VISIT -> VISIT;
        };
    }

    private static LocalizedText text(String zh, String en) {
        return new LocalizedText(zh, en);
    }
}
