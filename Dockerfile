# Parflow on an Eclipse Temurin 17 JRE. Built by `docker compose up --build` (see README.md).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src/ src/
COPY processes/ processes/
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 1001 --home /app parflow
WORKDIR /app
ENV TZ=Asia/Ho_Chi_Minh JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -Dfile.encoding=UTF-8"
COPY --from=build /src/target/parflow.jar /tmp/parflow.jar
COPY config/ /app/config/
# The jar extracted (parflow/parflow.jar beside its lib/) and a class-data-sharing archive written by a training start
# that stops once the context is refreshed (on the demo profile's H2, removed afterwards): ready in about 13 s
# instead of 19 s (README, "In production"). PackagedJarIT starts the jar this way on MariaDB.
RUN java -Djarmode=tools -jar /tmp/parflow.jar extract --destination /app/parflow && rm /tmp/parflow.jar \
 && java -XX:ArchiveClassesAtExit=/app/parflow.jsa -Dspring.context.exit=onRefresh -jar /app/parflow/parflow.jar \
 && rm -rf /app/data /app/uploads
RUN mkdir -p /app/data /app/uploads && chown -R parflow /app/data /app/uploads
USER parflow
EXPOSE 8080
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/parflow.jsa", "-jar", "/app/parflow/parflow.jar"]
