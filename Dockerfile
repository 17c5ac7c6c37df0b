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
COPY --from=build /src/target/parflow.jar /app/parflow.jar
COPY config/ /app/config/
RUN mkdir -p /app/data /app/uploads && chown -R parflow /app/data /app/uploads
USER parflow
ENV TZ=Asia/Ho_Chi_Minh JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -Dfile.encoding=UTF-8"
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/parflow.jar"]
