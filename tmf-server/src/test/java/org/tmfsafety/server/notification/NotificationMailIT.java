package org.tmfsafety.server.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tmfsafety.server.support.Api;
import org.tmfsafety.server.support.IntegrationTest;

/**
 * Notifications go out by e-mail through a real SMTP server (GreenMail in this JVM) once SMTP is configured: each
 * once, to the reader's address, in Russian, Kazakh and English, with the link to its subject.
 */
@IntegrationTest
class NotificationMailIT {

    private static final GreenMail SMTP = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("tmf.base-url", () -> "https://tmf.example.kz");
        registry.add("tmf.jobs.enabled", () -> "false");
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    NotificationMail mail;

    @Autowired
    JavaMailSender sender;

    @Test
    void sendsEachNotificationOnceToTheReadersAddressInThreeLanguages() throws Exception {
        jdbc.sql("UPDATE app_user SET email = 'inspector@example.kz' WHERE username = 'inspector'").update();
        jdbc.sql("UPDATE notification SET emailed_at = now() WHERE emailed_at IS NULL").update();
        ObjectNode action = Api.object();
        action.put("title", "Check the spillway after the flood");
        action.put("assignee", "inspector");
        action.put("dueDate", LocalDate.now().plusDays(10).toString());
        long id = new Api(port).as("authority", "authority-demo").post("/api/v1/working-group/actions", action).body()
            .get("id").asLong();

        assertThat(mail.send(sender)).isEqualTo(1);
        assertThat(mail.send(sender)).isZero();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("inspector@example.kz");
        assertThat(received[0].getSubject()).startsWith("TMF Safety: Вам поручено").contains("spillway");
        String body = (String) received[0].getContent();
        assertThat(body).contains("Вам поручено", "Сізге тапсырылды", "Action assigned to you",
                "https://tmf.example.kz/working-group/actions/" + id);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM notification WHERE subject_id = :id AND type = 'ACTION_ASSIGNED'
                   AND emailed_at IS NOT NULL""").param("id", id).query(Long.class).single()).isEqualTo(1);
    }
}
