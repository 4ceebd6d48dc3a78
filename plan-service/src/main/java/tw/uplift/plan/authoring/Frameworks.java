package tw.uplift.plan.authoring;

import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The dimension frameworks (架構) plans follow, configured under {@code uplift.plan.frameworks}: the six dimensions
 * of the government service programme most plans use (政府服務躍升方案: 完備基礎服務項目 …) and the older five-part
 * one (提升服務品質, 便捷服務程序 …). A new plan starts from one; its dimensions stay editable.
 */
@ConfigurationProperties("uplift.plan")
public record Frameworks(List<Framework> frameworks) {

    public Frameworks {
        frameworks = frameworks == null ? List.of() : List.copyOf(frameworks);
    }

    /**
     * One framework.
     *
     * @param id         stable id, e.g. {@code service-programme-6}
     * @param name       its name in 繁體中文
     * @param nameEn     its name in English
     * @param dimensions its 執行要項, in order
     */
    public record Framework(String id, String name, String nameEn, List<FrameworkDimension> dimensions) {

        public Framework {
            dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
        }
    }

    /** One 執行要項 of a framework: {@code 一} and its title. */
    public record FrameworkDimension(String code, String title) {
    }

    public Optional<Framework> find(String id) {
        return frameworks.stream().filter(f -> f.id().equals(id)).findFirst();
    }
}
