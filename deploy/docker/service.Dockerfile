# syntax=docker/dockerfile:1
# One image recipe for the four services and the gateway (they differ only in name and port).
# Build context: the repository root, after the jars are built:
#   ./uplift build && docker build -f deploy/docker/service.Dockerfile \
#       --build-arg SERVICE=plan-service --build-arg PORT=8081 -t uplift/plan-service .
# (docker compose does both the build of this file and the wiring; see docs/deploy.md.)
# The jar is built outside the image on purpose: Maven needs the project's registry, which
# a Docker build cannot assume; the image only packages the already-built, tested artefact.

# --- 1. split the Boot jar into layers, so a code change rebuilds only the last small layer ---
FROM eclipse-temurin:25-jre AS layers
# Which module's jar: plan-service, review-service, survey-service, notification-service or gateway.
ARG SERVICE
WORKDIR /build
COPY ${SERVICE}/target/${SERVICE}.jar app.jar
# Boot 3.3+/4 "tools" jar mode. --launcher keeps the classic exploded layout
# (BOOT-INF/lib, BOOT-INF/classes, loader classes) started with JarLauncher.
RUN java -Djarmode=tools -jar app.jar extract --layers --launcher --destination extracted

# --- 2. runtime ---
FROM eclipse-temurin:25-jre
# The port the service listens on (ADR 0001: 8081..8084; the gateway 8080).
ARG PORT
# Non-root, numeric uid/gid so Kubernetes' runAsNonRoot can verify it.
RUN groupadd --system --gid 10001 uplift \
 && useradd --system --uid 10001 --gid 10001 --home-dir /app --shell /usr/sbin/nologin uplift
WORKDIR /app
# Least to most frequently changing.
COPY --from=layers /build/extracted/dependencies/ ./
COPY --from=layers /build/extracted/spring-boot-loader/ ./
COPY --from=layers /build/extracted/snapshot-dependencies/ ./
COPY --from=layers /build/extracted/application/ ./
USER 10001:10001

# Heap follows the container's memory limit; the rest (metaspace, threads, direct buffers)
# lives in the remaining 25 %. Asia/Taipei is the domain's zone (SPEC §2); services still
# take time from an injected Clock, this only makes log timestamps read naturally.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -Duser.timezone=Asia/Taipei -Dfile.encoding=UTF-8" \
    SERVER_PORT=${PORT}
EXPOSE ${PORT}

# No HEALTHCHECK here on purpose: the temurin JRE image does not reliably ship curl or wget,
# and a JVM-based probe would cost a JVM start every interval. docker-compose.yml (bash
# /dev/tcp probe of /actuator/health/readiness) and the Kubernetes probes check health instead.

ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
