package tw.uplift.survey.answering.web;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * The spam trap (防機器人欄位) of the public form: a text field no person sees or reaches (off screen, hidden from
 * screen readers, out of the tab order, no autofill), which programs that fill in every field they find fill in.
 * For the rare person who reaches it anyway its label says to leave it empty. Filled, the answers are refused with
 * a page saying why, and not counted. Only the HTML form has one: programs using the JSON API read its schema,
 * and a trap there would catch nobody.
 */
final class SpamTrap {

    /** A name form-filling programs like to fill in. */
    static final String FIELD = "website";

    private SpamTrap() {
    }

    static boolean caught(Map<String, String> fields) {
        String value = fields.get(FIELD);
        return value != null && !value.isBlank();
    }

    /** 400: the request is not one the form's person could have sent; nothing was counted. */
    static ModelAndView refusedPage() {
        ModelAndView page = new ModelAndView("survey/refused", HttpStatus.BAD_REQUEST);
        page.addObject("reason", "spamTrap");
        return page;
    }
}
