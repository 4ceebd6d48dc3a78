package tw.uplift.planimport.tree;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tw.uplift.planimport.deadline.Deadline;
import tw.uplift.planimport.deadline.DeadlineParser;
import tw.uplift.planimport.model.PromotionTeam;
import tw.uplift.planimport.model.ResultSubmission;
import tw.uplift.planimport.model.Supervision;
import tw.uplift.planimport.source.SourceLine;

/**
 * The plan's header: title line (agency + ROC year), and the 壹、貳、參… sections outside the content table —
 * 計畫依據, 計畫目標, 實施對象, and the supervision sections (督考方式 / 管制考核 / 考核規定 / 分層推動) with the
 * promotion team's 編組表.
 */
final class HeaderReader {

    private static final Pattern TITLE = Pattern.compile("^(.*?)(?:中華民國|民國)?(\\d{2,3})年度?(.*計畫)$");
    private static final Pattern YEAR_ONLY = Pattern.compile("^(?:中華民國|民國)?(\\d{2,3})年度$");
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[一二三四五六七八九十]{1,3}\\s*[、.．]|[(（][一二三四五六七八九十\\d]{1,3}[)）]|\\d{1,2}\\s*[.．、])");
    private static final Pattern SUBMISSION = Pattern.compile("於([^，。、；於]{1,14}?)(?:前)?(?:提送|函送|送交|陳報|報送|提報)");
    private static final Pattern TEAM_HEADER = Pattern.compile("編組人員|職稱.*職掌|職掌.*職稱");
    private static final Pattern QUOTED = Pattern.compile("[「『]([^」』]+)[」』]");

    private String agency;
    private Integer rocYear;
    private String title;
    private final Map<String, List<String>> sections = new LinkedHashMap<>();
    private String currentSection;
    private String pendingYearTitle;
    private String lastTextLine;
    private PromotionTeam team;
    private List<PromotionTeam.TeamMember> teamMembers;
    private String teamName;
    private int[] teamColumns;

    /** Title candidates are looked for until the first section; prose and tables are filed under their section. */
    void accept(SourceLine line) {
        if (line instanceof SourceLine.Text t) {
            text(t);
        } else if (line instanceof SourceLine.Row r) {
            row(r);
        }
    }

    private void text(SourceLine.Text t) {
        String raw = t.text().replaceFirst("^[-*]\\s+", "").strip();
        String compact = TableLayout.compact(raw);
        teamMembers = null; // prose after a 編組表 ends it (blank lines, i.e. page breaks, do not)
        if (agency == null) {
            // A title with the agency wins over a cover page's bare "115 年度 / 提升服務品質執行計畫".
            Matcher m = TITLE.matcher(compact);
            if (m.matches() && !m.group(1).isEmpty() && m.group(1).length() <= 40 && !compact.startsWith("依")) {
                agency = m.group(1);
                rocYear = Integer.parseInt(m.group(2));
                title = compact;
                pendingYearTitle = null;
                return;
            }
        }
        if (title == null) {
            Matcher y = YEAR_ONLY.matcher(compact);
            if (y.matches() && rocYear == null) {
                rocYear = Integer.parseInt(y.group(1));
                pendingYearTitle = y.group(1) + "年度";
                return;
            }
            if (pendingYearTitle != null && compact.endsWith("計畫") && compact.length() <= 40 && !compact.contains(pendingYearTitle)) {
                title = pendingYearTitle + compact;
                pendingYearTitle = null;
                return;
            }
        }
        Matcher section = Markers.SECTION.matcher(raw);
        if (section.matches()) {
            String rest = section.group(2).strip();
            int colon = indexOfColon(rest);
            String name = TableLayout.compact(colon >= 0 ? rest.substring(0, colon) : rest);
            currentSection = name;
            sections.putIfAbsent(name, new ArrayList<>());
            if (colon >= 0 && !rest.substring(colon + 1).isBlank()) {
                addParagraph(rest.substring(colon + 1).strip());
            }
            lastTextLine = raw;
            return;
        }
        if (raw.endsWith("編組表")) {
            Matcher quoted = QUOTED.matcher(raw);
            teamName = quoted.find() ? quoted.group(1) : raw.replaceFirst("編組表$", "").strip();
        }
        if (currentSection != null) {
            addParagraph(raw);
        }
        lastTextLine = raw;
    }

    private void row(SourceLine.Row r) {
        List<SourceLine.Cell> cells = r.cells().stream().filter(c -> !c.isEmpty()).toList();
        String joined = TableLayout.compact(r.plainText());
        if (TEAM_HEADER.matcher(joined).find()) {
            teamMembers = new ArrayList<>();
            teamColumns = new int[] {-1, -1, -1};
            for (SourceLine.Cell c : r.cells()) {
                String h = TableLayout.compact(c.text());
                if (h.contains("職稱")) {
                    teamColumns[0] = c.column();
                } else if (h.contains("編組人員") || h.contains("姓名") || h.contains("人員")) {
                    teamColumns[1] = c.column();
                } else if (h.contains("職掌") || h.contains("任務")) {
                    teamColumns[2] = c.column();
                }
            }
            if (teamName == null && lastTextLine != null && lastTextLine.contains("小組")) {
                teamName = lastTextLine;
            }
            return;
        }
        if (teamMembers != null && cells.size() >= 2) {
            teamMembers.add(new PromotionTeam.TeamMember(cellAt(r, teamColumns[0], 0), cellAt(r, teamColumns[1], 1), cellAt(r, teamColumns[2], 2)));
            team = new PromotionTeam(teamName == null ? "推動小組" : teamName, teamMembers);
            return;
        }
        if (currentSection != null && !cells.isEmpty()) {
            addParagraph(String.join(" ", cells.stream().map(SourceLine.Cell::text).toList()));
        }
    }

    private static String cellAt(SourceLine.Row r, int column, int fallbackIndex) {
        for (SourceLine.Cell c : r.cells()) {
            if (c.column() == column) {
                return Sentences.tidyTitle(c.text());
            }
        }
        List<SourceLine.Cell> nonEmpty = r.cells().stream().filter(c -> !c.isEmpty()).toList();
        return column < 0 && fallbackIndex < nonEmpty.size() ? Sentences.tidyTitle(nonEmpty.get(fallbackIndex).text()) : "";
    }

    /** PDF extraction breaks sentences at line ends ("…提送年度執行成果予" / "研考會。"); join them back. */
    private void addParagraph(String text) {
        List<String> list = sections.get(currentSection);
        if (!list.isEmpty() && !endsParagraph(list.get(list.size() - 1)) && !LIST_ITEM.matcher(text).find()) {
            list.set(list.size() - 1, Sentences.join(list.get(list.size() - 1), text));
        } else {
            list.add(text);
        }
    }

    private static boolean endsParagraph(String s) {
        return Sentences.isComplete(s) || s.endsWith("：") || s.endsWith(":");
    }

    private static int indexOfColon(String s) {
        int a = s.indexOf('：');
        int b = s.indexOf(':');
        return a < 0 ? b : (b < 0 ? a : Math.min(a, b));
    }

    String agency() {
        return agency;
    }

    Integer rocYear() {
        return rocYear;
    }

    String title() {
        return title != null ? title : pendingYearTitle;
    }

    PromotionTeam team() {
        return team;
    }

    List<String> basis() {
        return section("依據");
    }

    List<String> goals() {
        return section("目標");
    }

    String scope() {
        List<String> s = section("對象");
        return s.isEmpty() ? null : String.join(" ", s);
    }

    Supervision supervision() {
        List<String> rules = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : sections.entrySet()) {
            if (e.getKey().matches(".*(督考|考核|管制|查核|督導|分層推動|考評|獎懲|獎勵).*")) {
                rules.addAll(e.getValue());
            }
        }
        if (rules.isEmpty()) {
            return Supervision.none();
        }
        DeadlineParser parser = rocYear == null ? DeadlineParser.withoutYear() : DeadlineParser.forRocYear(rocYear);
        List<ResultSubmission> submissions = new ArrayList<>();
        for (String rule : rules) {
            Matcher m = SUBMISSION.matcher(TableLayout.compact(rule));
            while (m.find()) {
                Deadline d = parser.parse(m.group(1));
                if (!(d instanceof Deadline.Unparsed)) {
                    submissions.add(new ResultSubmission(stripListMarker(rule), d));
                }
            }
        }
        return new Supervision(rules, after(rules, "平時查核|平時考核|平時督導|平時檢查"), after(rules, "年度查核|年度考核|年終考核|年度評核"), submissions);
    }

    /** The rule that names the check, without the name; or the paragraph after a bare "一、平時查核：" heading. */
    private static String after(List<String> rules, String names) {
        Pattern p = Pattern.compile("(?:" + names + ")[：:]?\\s*(.*)$");
        for (int i = 0; i < rules.size(); i++) {
            Matcher m = p.matcher(rules.get(i));
            if (m.find()) {
                String rest = m.group(1).strip();
                if (!rest.isEmpty()) {
                    return rest;
                }
                return i + 1 < rules.size() ? rules.get(i + 1) : null;
            }
        }
        return null;
    }

    private static String stripListMarker(String s) {
        return s.replaceFirst("^(?:[一二三四五六七八九十]{1,3}\\s*[、.．])\\s*", "").strip();
    }

    private List<String> section(String keyword) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : sections.entrySet()) {
            if (e.getKey().contains(keyword) && !e.getKey().contains("內容")) {
                for (String p : e.getValue()) {
                    out.add(p.replaceFirst("^[-*]\\s+", ""));
                }
                if (!out.isEmpty()) {
                    return out;
                }
            }
        }
        return out;
    }
}
