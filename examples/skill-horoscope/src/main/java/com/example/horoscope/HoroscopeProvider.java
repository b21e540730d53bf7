package com.example.horoscope;

import io.xiaobu.skills.sdk.Skill;
import io.xiaobu.skills.sdk.SkillProvider;
import io.xiaobu.skills.sdk.model.InvalidModelException;
import io.xiaobu.skills.sdk.model.ModelLoader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Publishes the skill (model + handler) to any runtime that uses {@link java.util.ServiceLoader}. */
public final class HoroscopeProvider implements SkillProvider {

    public static Skill skill() {
        try (InputStream in = HoroscopeProvider.class.getResourceAsStream("/horoscope.yaml")) {
            return new Skill(new ModelLoader().load(in, "horoscope.yaml"), new HoroscopeSkill());
        } catch (InvalidModelException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<Skill> skills() {
        return List.of(skill());
    }
}
