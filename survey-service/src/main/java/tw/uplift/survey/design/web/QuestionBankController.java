package tw.uplift.survey.design.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tw.uplift.survey.design.QuestionBank;

/** The bilingual question bank staff build surveys from. */
@RestController
@Tag(name = "surveys")
class QuestionBankController {

    private final QuestionBank bank;

    QuestionBankController(QuestionBank bank) {
        this.bank = bank;
    }

    @GetMapping("/api/survey-question-bank")
    @Operation(summary = "The question bank (題庫): common satisfaction items and customer-experience drivers, in "
            + "繁體中文 and English; a picked item keeps its id as the question's id")
    List<QuestionBank.Item> items() {
        return bank.items();
    }
}
