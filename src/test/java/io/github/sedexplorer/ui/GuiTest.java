package io.github.sedexplorer.ui;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A test class that needs the JavaFX toolkit (TestFX's robot, a stage, snapshots): it runs with TestFX's
 * {@link ApplicationExtension} and carries the tag {@value #TAG}, so the fast core runs alone with
 * {@code mvn -B verify -DexcludedGroups=gui}.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(GuiTest.TAG)
@ExtendWith(ApplicationExtension.class)
public @interface GuiTest {

    String TAG = "gui";
}
