package org.corporateparenting.domain.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One entry of the user-administration trail: who ({@code actor}) changed which user, how, and when.
 * Never a password or its hash. Entries are only ever added (accountability for access to children's
 * records, UK GDPR Article 5(2)).
 */
@Entity
@Table(name = "user_change")
public class UserChange {

    @Id
    @SequenceGenerator(name = "user_change_id", sequenceName = "user_change_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_change_id")
    private Long id;

    @Column(name = "happened_at", nullable = false)
    private LocalDateTime happenedAt;

    @Column(nullable = false, length = 60)
    private String actor;

    @Column(nullable = false, length = 60)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private UserChangeAction action;

    @Column(length = 400)
    private String detail;

    protected UserChange() {
    }

    public UserChange(LocalDateTime happenedAt, String actor, String username, UserChangeAction action, String detail) {
        this.happenedAt = Objects.requireNonNull(happenedAt);
        this.actor = Objects.requireNonNull(actor);
        this.username = Objects.requireNonNull(username);
        this.action = Objects.requireNonNull(action);
        this.detail = detail == null || detail.length() <= 400 ? detail : detail.substring(0, 397) + "...";
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getHappenedAt() {
        return happenedAt;
    }

    public String getActor() {
        return actor;
    }

    public String getUsername() {
        return username;
    }

    public UserChangeAction getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }
}
