package tw.uplift.plan.progress.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import tw.uplift.plan.authoring.Plan;
import tw.uplift.plan.authoring.TrackingDecision;
import tw.uplift.plan.authoring.web.PlanPageSupport;
import tw.uplift.plan.authoring.web.PlanPages;
import tw.uplift.plan.progress.PlanLights;
import tw.uplift.platform.security.CurrentUser;

/**
 * Puts the lights on authoring's plan pages: {@code progressLights} on a plan's page ({@code plan/show}: the plan's
 * light at the top, each measure's in its row with the reviewer's verdict) and {@code planLights} on the list ({@code plan/list}: each
 * approved plan's light). Those pages are authoring's and the lights are this feature's, which builds on authoring;
 * so this feature adds its part to the pages once their handler has built the model, instead of authoring calling
 * back into progress (a cycle between the two features). The templates show nothing when the attributes are absent.
 */
@Component
public class PlanPageLights implements HandlerInterceptor {

    static final String SHOW_VIEW = "plan/show";
    static final String LIST_VIEW = "plan/list";

    private final PlanLights lights;
    private final ProgressWords words;

    public PlanPageLights(PlanLights lights, ProgressWords words) {
        this.lights = lights;
        this.words = words;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView page) {
        if (page == null || !"GET".equals(request.getMethod())) {
            return;
        }
        Locale locale = RequestContextUtils.getLocale(request);
        if (SHOW_VIEW.equals(page.getViewName()) && page.getModel().get("plan") instanceof Plan plan
                && plan.getStatus().everApproved()) {
            page.addObject("progressLights", of(plan, viewer(), locale));
        }
        if (LIST_VIEW.equals(page.getViewName()) && page.getModel().get("plans") instanceof List<?> rows) {
            Map<String, LightView> byPlan = new LinkedHashMap<>();
            for (Object row : rows) {
                if (row instanceof PlanPages.PlanRow r && r.plan().getStatus().everApproved()) {
                    byPlan.put(r.plan().getId(), words.light(lights.of(r.plan()).plan(), locale));
                }
            }
            page.addObject("planLights", byPlan);
        }
    }

    PlanLightsView of(Plan plan, CurrentUser viewer, Locale locale) {
        PlanLights.Lights lit = lights.of(plan);
        Map<String, LightView> measures = new LinkedHashMap<>();
        lit.measures().forEach((id, light) -> measures.put(id, words.light(light, locale)));
        boolean mayReport = PlanPageSupport.offersChanges(viewer, plan) && plan.getStatus().approved();
        Map<String, TrackingDecision> verdicts = new LinkedHashMap<>();
        plan.measures().forEach(m -> plan.trackingDecisionOf(m.id()).ifPresent(d -> verdicts.put(m.id(), d)));
        return new PlanLightsView(plan.getId(), words.light(lit.plan(), locale), measures, mayReport, verdicts);
    }

    private static CurrentUser viewer() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof Jwt jwt ? CurrentUser.from(jwt) : null;
    }
}
