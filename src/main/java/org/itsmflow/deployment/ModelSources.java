package org.itsmflow.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Reads the current models: those packaged in the jar, then those in the external folders,
 * which replace packaged files of the same name.
 */
@Component
class ModelSources {

  private static final List<String> PROCESS_EXTENSIONS = List.of(".bpmn", ".dmn");
  private static final List<String> FORM_EXTENSIONS = List.of(".form");

  private final ModelFolderProperties folders;
  private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

  ModelSources(ModelFolderProperties folders) {
    this.folders = folders;
  }

  Map<String, ModelResource> currentModels() {
    Map<String, ModelResource> models = new LinkedHashMap<>();
    readClasspath(ModelResource.PROCESSES, PROCESS_EXTENSIONS, models);
    readClasspath(ModelResource.FORMS, FORM_EXTENSIONS, models);
    readFolder(folders.processesDir(), ModelResource.PROCESSES, PROCESS_EXTENSIONS, models);
    readFolder(folders.formsDir(), ModelResource.FORMS, FORM_EXTENSIONS, models);
    return models;
  }

  private void readClasspath(String prefix, List<String> extensions, Map<String, ModelResource> into) {
    try {
      for (Resource root : resolver.getResources("classpath*:" + prefix)) {
        String rootUrl = root.getURL().toString();
        for (String extension : extensions) {
          for (Resource file : resolver.getResources(rootUrl + "**/*" + extension)) {
            String relative = file.getURL().toString().substring(rootUrl.length());
            put(into, prefix + relative, file.getContentAsByteArray());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the packaged models under " + prefix, e);
    }
  }

  private void readFolder(Path dir, String prefix, List<String> extensions, Map<String, ModelResource> into) {
    if (dir == null) {
      return;
    }
    if (!Files.isDirectory(dir)) {
      throw new InvalidModelException(dir.toString(), "The configured model folder does not exist or is not a folder");
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String relative = dir.relativize(file).toString().replace('\\', '/');
        if (extensions.stream().anyMatch(relative::endsWith)) {
          put(into, prefix + relative, Files.readAllBytes(file));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the model folder " + dir, e);
    }
  }

  private static void put(Map<String, ModelResource> into, String name, byte[] content) {
    into.put(name, new ModelResource(name, content));
  }
}
