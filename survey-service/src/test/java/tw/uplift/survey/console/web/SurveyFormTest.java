package tw.uplift.survey.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.uplift.survey.design.Question;
import tw.uplift.survey.design.QuestionBank;
import tw.uplift.survey.design.Segment;
import tw.uplift.survey.design.SegmentKind;
import tw.uplift.survey.design.SurveyDraft;

/** The new-survey form read against the real question bank: picked items, own questions, segments, numbers. */
class SurveyFormTest {

    private final QuestionBank bank = new QuestionBank();

    @Test
    void noBankItemLooksLikeAnOwnQuestionsId() {
        // own questions are q1, q2 … by slot; a bank item named so would collide with one of them
        for (int slot = 0; slot < tw.uplift.survey.design.Survey.MAX_QUESTIONS; slot++) {
            assertThat(bank.item(SurveyForm.ownQuestionId(slot))).isEmpty();
        }
    }

    @Test
    void pickedItemsKeepTheirIdsAroundTheOwnQuestionsProfileAndCommentsLast() {
        SurveyForm form = SurveyForm.blank();
        form.setTitleZh("臨櫃服務滿意度調查");
        // ticked in another order than the bank's, one twice: the bank's order, each once
        form.setBank(new ArrayList<>(List.of("comments", "overall", "age-group", "waiting", "overall")));
        form.getQuestions().get(1).setZh("您對叫號系統滿意嗎？");

        List<String> unreadable = new ArrayList<>();
        SurveyForm.Reading reading = form.read(bank, unreadable);

        assertThat(unreadable).isEmpty();
        List<Question> questions = reading.draft().questions();
        assertThat(questions).extracting(Question::id).containsExactly("overall", "waiting", "q2", "age-group", "comments");
        assertThat(questions.get(3).respondentGroup()).as("the bank's group question stays one").isTrue();
        assertThat(reading.fieldOfQuestion()).containsExactly("bank", "bank", "questions[1]", "bank", "bank");
    }

    @Test
    void segmentsGetACodeFromTheirSlotUnlessOneIsTypedAndPopulationsReadAsNumbers() {
        SurveyForm form = SurveyForm.blank();
        form.setTitleZh("調查");
        form.setBank(new ArrayList<>(List.of("overall")));
        form.setTargetPopulation("1,200");
        form.setSampleSize("300");
        form.getSegments().get(0).setZh("1 號櫃台");
        form.getSegments().get(0).setPopulation("400");
        form.getSegments().get(2).setZh("電話");
        form.getSegments().get(2).setEn("Phone");
        form.getSegments().get(2).setKind("CHANNEL");
        form.getSegments().get(2).setId(" phone ");

        List<String> unreadable = new ArrayList<>();
        SurveyForm.Reading reading = form.read(bank, unreadable);

        assertThat(unreadable).isEmpty();
        SurveyDraft draft = reading.draft();
        assertThat(draft.targetPopulation()).isEqualTo(1200L);
        assertThat(draft.sampleSize()).isEqualTo(300);
        assertThat(draft.segments()).extracting(Segment::id, s -> s.name().zh(), Segment::kind, Segment::population)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("s1", "1 號櫃台", SegmentKind.COUNTER, 400L),
                        org.assertj.core.groups.Tuple.tuple("phone", "電話", SegmentKind.CHANNEL, null));
        assertThat(reading.slotOfSegment()).containsExactly(0, 2);
    }

    @Test
    void whatIsNoNumberOrNoBankItemIsNamedAsUnreadable() {
        SurveyForm form = SurveyForm.blank();
        form.setBank(new ArrayList<>(List.of("overall", "no-such-item")));
        form.setTargetPopulation("很多");
        form.setSampleSize("99999999999");
        form.getSegments().get(1).setZh("2 號櫃台");
        form.getSegments().get(1).setPopulation("四百");

        List<String> unreadable = new ArrayList<>();
        form.read(bank, unreadable);

        assertThat(unreadable).containsExactlyInAnyOrder("bank", "targetPopulation", "sampleSize",
                "segments[1].population");
    }
}
