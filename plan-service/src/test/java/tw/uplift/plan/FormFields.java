package tw.uplift.plan;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;

/** What a browser would send for a page's form, for the page ITs. */
final class FormFields {

    private FormFields() {
    }

    /**
     * The form's fields as a browser sends them: unchecked boxes and radios send nothing; several checked boxes of
     * one name send each value (joined here by commas, as the binder joins them for a text property); a textarea
     * sends its text; a select sends its selected option (the first when none is marked, as a browser does).
     */
    static Map<String, String> of(Element form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name]:not([type=checkbox]):not([type=radio]), "
                + "input[type=checkbox][checked], input[type=radio][checked], textarea[name]")) {
            String value = input.is("textarea") ? input.wholeText() : input.attr("value");
            fields.merge(input.attr("name"), value, (a, b) -> input.is("[type=checkbox]") ? a + "," + b : b);
        }
        for (Element select : form.select("select[name]")) {
            Element chosen = select.selectFirst("option[selected]");
            chosen = chosen == null ? select.selectFirst("option") : chosen;
            fields.put(select.attr("name"), chosen == null ? "" : chosen.attr("value"));
        }
        return fields;
    }
}
