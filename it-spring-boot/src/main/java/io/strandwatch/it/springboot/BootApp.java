package io.strandwatch.it.springboot;

import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Runs {@link Worker}'s strands from a CommandLineRunner and exits; no web server. */
@SpringBootApplication
public class BootApp {

  public static void main(String[] args) {
    System.exit(SpringApplication.exit(SpringApplication.run(BootApp.class, args)));
  }

  @Bean
  CommandLineRunner runner(Worker worker) {
    return args -> {
      long total = 0;
      for (int i = 0; i < 100; i++) {
        total += worker.work(i);
      }
      for (int i = 0; i < 10; i++) {
        try {
          worker.fail(i);
        } catch (IllegalStateException expected) {
          total++;
        }
      }
      System.out.println("boot done " + total);
    };
  }
}
