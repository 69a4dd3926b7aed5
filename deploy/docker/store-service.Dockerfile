####
# store-service — Quarkus JVM mode (fast-jar), on a Red Hat UBI 9 OpenJDK 17 runtime image.
#
# Build the application first (from the repository root):
#   ./mvnw package -DskipTests
# then the image, with the MODULE directory as build context:
#   docker build -f deploy/docker/store-service.Dockerfile -t polevents/store-service:0.1.0-SNAPSHOT store-service
# (deploy/compose/docker-compose.yml does the same.)
# store-service.Dockerfile.dockerignore beside this file limits the context to target/quarkus-app.
#
# Port 8083: query API, live stream, exports, health and metrics.
# Everything else — broker, database, credentials, topic names — comes from environment
# variables at run time; nothing secret is baked into the image.
####
FROM registry.access.redhat.com/ubi9/openjdk-17-runtime:1.24

ENV LANGUAGE='en_US:en'

# The four fast-jar layers, least to most often changed, so a code change rebuilds only the last.
COPY --chown=185 target/quarkus-app/lib/ /deployments/lib/
COPY --chown=185 target/quarkus-app/*.jar /deployments/
COPY --chown=185 target/quarkus-app/app/ /deployments/app/
COPY --chown=185 target/quarkus-app/quarkus/ /deployments/quarkus/

EXPOSE 8083
# 185 is the unprivileged user of the base image.
USER 185

# Read by the base image's run-java.sh: extra JVM flags, the jar, and the share of the container's
# memory limit given to the heap.
ENV JAVA_OPTS_APPEND="-Dquarkus.http.host=0.0.0.0 -Djava.util.logging.manager=org.jboss.logmanager.LogManager"
ENV JAVA_APP_JAR="/deployments/quarkus-run.jar"
ENV JAVA_MAX_MEM_RATIO="75"

ENTRYPOINT [ "/opt/jboss/container/java/run/run-java.sh" ]
