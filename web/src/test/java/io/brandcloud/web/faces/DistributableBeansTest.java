package io.brandcloud.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Sessions are distributable: a node writes every view- and session-scoped bean it changed to the
 * cluster's cache, so each such bean, and what its fields hold, must serialize. Injected beans are
 * the container's serializable proxies; every other field is checked by its declared type and the
 * element types of its collections.
 */
class DistributableBeansTest {

  private static final Path CLASSES = Path.of("target/classes");

  @Test
  void everyViewAndSessionScopedBeanSerializesWithWhatItHolds() throws IOException {
    List<String> problems = new ArrayList<>();
    List<Class<?>> beans = scopedBeans();
    assertThat(beans).as("the scan finds the beans").hasSizeGreaterThan(20);
    for (Class<?> bean : beans) {
      if (!Serializable.class.isAssignableFrom(bean)) {
        problems.add(bean.getName() + " is not Serializable");
      }
      for (Class<?> type = bean; type != Object.class; type = type.getSuperclass()) {
        for (Field field : type.getDeclaredFields()) {
          if (held(field)) {
            check(field.getGenericType(), bean.getSimpleName() + "." + field.getName(), problems);
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  private static boolean held(Field field) {
    int modifiers = field.getModifiers();
    return !Modifier.isStatic(modifiers)
        && !Modifier.isTransient(modifiers)
        && !field.isAnnotationPresent(Inject.class)
        && !field.isAnnotationPresent(EJB.class)
        && !field.isSynthetic();
  }

  private void check(Type type, String where, List<String> problems) {
    if (type instanceof ParameterizedType parameterized) {
      check(parameterized.getRawType(), where, problems);
      for (Type argument : parameterized.getActualTypeArguments()) {
        check(argument, where, problems);
      }
    } else if (type instanceof Class<?> declared && !declared.isPrimitive()) {
      if (declared.isArray()) {
        check(declared.getComponentType(), where, problems);
        return;
      }
      if (!declared.isInterface()
          && !Modifier.isAbstract(declared.getModifiers())
          && !Serializable.class.isAssignableFrom(declared)) {
        problems.add(where + " holds a " + declared.getName() + ", which is not Serializable");
      } else if (declared.getName().startsWith("io.brandcloud.") && seen.add(declared)) {
        // our own types: what they hold is written too
        for (Field field : declared.getDeclaredFields()) {
          if (held(field)) {
            check(
                field.getGenericType(), declared.getSimpleName() + "." + field.getName(), problems);
          }
        }
      }
    }
  }

  private final java.util.Set<Class<?>> seen = new java.util.HashSet<>();

  private static List<Class<?>> scopedBeans() throws IOException {
    List<Class<?>> beans = new ArrayList<>();
    try (Stream<Path> files = Files.walk(CLASSES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name =
            CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        try {
          Class<?> type = Class.forName(name, false, DistributableBeansTest.class.getClassLoader());
          if (type.isAnnotationPresent(ViewScoped.class)
              || type.isAnnotationPresent(SessionScoped.class)) {
            beans.add(type);
          }
        } catch (ClassNotFoundException | LinkageError e) {
          // a class whose dependencies are not on the test class path is no bean of ours
        }
      }
    }
    return beans;
  }
}
