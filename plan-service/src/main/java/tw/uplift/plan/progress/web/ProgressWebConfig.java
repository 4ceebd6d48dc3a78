package tw.uplift.plan.progress.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Hooks {@link PlanPageLights} onto the plan list and the plan pages. */
@Configuration
class ProgressWebConfig implements WebMvcConfigurer {

    private final PlanPageLights planPageLights;

    ProgressWebConfig(PlanPageLights planPageLights) {
        this.planPageLights = planPageLights;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(planPageLights).addPathPatterns("/plans", "/plans/*");
    }
}
