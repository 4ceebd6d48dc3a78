package tw.uplift.platform.pages;

import java.util.Set;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/** {@code #uplift} in templates: {@link PageDates} in the viewer's language. */
public class UpliftDialect extends AbstractDialect implements IExpressionObjectDialect {

    private static final String NAME = "uplift";

    public UpliftDialect() {
        super("Uplift");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(NAME);
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return NAME.equals(expressionObjectName) ? new PageDates(context.getLocale()) : null;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return false; // per template run: the locale may differ from one request to the next
            }
        };
    }
}
