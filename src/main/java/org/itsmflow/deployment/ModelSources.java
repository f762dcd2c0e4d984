package org.itsmflow.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
  private final PathMatchingResourcePatternResolver resolver;

  @org.springframework.beans.factory.annotation.Autowired
  ModelSources(ModelFolderProperties folders) {
    this(folders, ModelSources.class.getClassLoader());
  }

  /** Reading the packaged models from this class loader (tests). */
  ModelSources(ModelFolderProperties folders, ClassLoader classLoader) {
    this.folders = folders;
    this.resolver = new PathMatchingResourcePatternResolver(classLoader);
  }

  /**
   * The models as read, where they were read from, and the project files that differ from the
   * packaged copy that was read (the application runs from a build's target/classes and the file
   * in processes/ or forms/ was edited after the build).
   */
  record Reading(Map<String, ModelResource> models, List<String> sources, List<String> staleCopies) {}

  Map<String, ModelResource> currentModels() {
    return read().models();
  }

  Reading read() {
    Map<String, ModelResource> models = new LinkedHashMap<>();
    List<String> sources = new ArrayList<>();
    List<String> stale = new ArrayList<>();
    readClasspath(ModelResource.PROCESSES, PROCESS_EXTENSIONS, models, sources, stale, folders.processesDir());
    readClasspath(ModelResource.FORMS, FORM_EXTENSIONS, models, sources, stale, folders.formsDir());
    readFolder(folders.processesDir(), ModelResource.PROCESSES, PROCESS_EXTENSIONS, models);
    readFolder(folders.formsDir(), ModelResource.FORMS, FORM_EXTENSIONS, models);
    sources.add(folders.processesDir() == null ? "ITSM_PROCESSES_DIR: not set"
        : "ITSM_PROCESSES_DIR: " + folders.processesDir().toAbsolutePath().normalize());
    sources.add(folders.formsDir() == null ? "ITSM_FORMS_DIR: not set"
        : "ITSM_FORMS_DIR: " + folders.formsDir().toAbsolutePath().normalize());
    return new Reading(models, List.copyOf(sources), List.copyOf(stale));
  }

  private void readClasspath(String prefix, List<String> extensions, Map<String, ModelResource> into,
      List<String> sources, List<String> stale, Path externalFolder) {
    try {
      for (Resource root : resolver.getResources("classpath*:" + prefix)) {
        String rootUrl = root.getURL().toString();
        sources.add("packaged in the application: " + rootUrl);
        Path project = projectFolder(rootUrl, prefix);
        for (String extension : extensions) {
          for (Resource file : resolver.getResources(rootUrl + "**/*" + extension)) {
            String relative = file.getURL().toString().substring(rootUrl.length());
            byte[] content = file.getContentAsByteArray();
            put(into, prefix + relative, content);
            if (project != null && !project.equals(normalized(externalFolder)) && differs(project.resolve(relative), content)) {
              stale.add(prefix + relative + ": " + project.resolve(relative) + " was changed after the application was "
                  + "built; its packaged copy in " + rootUrl + " was read");
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the packaged models under " + prefix, e);
    }
  }

  /** The project's own processes/ or forms/ when the packaged models are a build's target/classes, else null. */
  private static Path projectFolder(String rootUrl, String prefix) {
    if (!rootUrl.startsWith("file:") || !rootUrl.contains("/target/classes/")) {
      return null;
    }
    try {
      Path classes = Path.of(java.net.URI.create(rootUrl)).getParent();
      Path folder = classes.getParent().getParent().resolve(prefix);
      return Files.isDirectory(folder) ? folder.normalize() : null;
    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      return null;
    }
  }

  private static Path normalized(Path folder) {
    return folder == null ? null : folder.toAbsolutePath().normalize();
  }

  private static boolean differs(Path file, byte[] packaged) throws IOException {
    return Files.isRegularFile(file) && !java.util.Arrays.equals(Files.readAllBytes(file), packaged);
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
