package io.xiaobu.skills.sdk.testkit;

import io.xiaobu.skills.sdk.Device;
import io.xiaobu.skills.sdk.Outcome;
import io.xiaobu.skills.sdk.Skill;
import io.xiaobu.skills.sdk.SkillRequest;
import io.xiaobu.skills.sdk.SkillResponse;
import io.xiaobu.skills.sdk.SlotValue;
import io.xiaobu.skills.sdk.model.IntentModel;
import io.xiaobu.skills.sdk.model.SlotModel;
import io.xiaobu.skills.sdk.model.SlotTypes;
import io.xiaobu.skills.sdk.runtime.SkillRuntime;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What every skill must pass: enough samples per intent; every intent, called with example values
 * for all its slots, is answered in words without a handler error; a required slot left out is
 * asked for with a prompt. Returns the problems found (empty = passes).
 */
public final class SkillContract {

    private SkillContract() {
    }

    public static List<String> check(Skill skill, Device device, int minSamples, ZonedDateTime now) {
        List<String> problems = new ArrayList<>();
        SkillRuntime runtime = new SkillRuntime().register(skill);
        for (IntentModel intent : skill.model().intents()) {
            String where = skill.id() + "/" + intent.name();
            if (intent.samples().size() < minSamples) problems.add(where + ": " + intent.samples().size() + " samples < " + minSamples);
            List<SlotValue> slots = new ArrayList<>();
            for (SlotModel s : intent.slots()) slots.add(SlotValue.of(s.name(), SlotTypes.example(s, skill.model().types())));
            SkillRequest request = SkillRequest.builder().requestId("contract-" + intent.name()).skill(skill.id()).intent(intent.name())
                    .utterance(intent.samples().isEmpty() ? "" : intent.samples().getFirst()).slots(slots).device(device)
                    .user("contract-user").now(now).confirmed(true).build();
            SkillResponse r = runtime.handle(request);
            if (r.failureReason() != null && r.failureReason().startsWith("handler error")) problems.add(where + ": " + r.failureReason());
            if (r.tts() == null || r.tts().isBlank()) problems.add(where + ": empty reply (" + r.outcome() + ")");
            if (r.outcome() == Outcome.FAILED && r.failureReason() == null) problems.add(where + ": failed without a reason");
            for (SlotModel required : intent.requiredSlots()) {
                List<SlotValue> without = slots.stream().filter(v -> !v.name().equals(required.name())).toList();
                SkillResponse ask = runtime.handle(request.withIntent(intent.name(), without, true));
                if (ask.askSlot() == null || ask.tts() == null || ask.tts().isBlank()) {
                    problems.add(where + ": missing required slot " + required.name() + " was not asked for");
                }
            }
        }
        return problems;
    }
}
