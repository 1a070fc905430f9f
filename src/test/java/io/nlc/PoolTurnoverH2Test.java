package io.nlc;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class PoolTurnoverH2Test extends PoolTurnoverTests {

    @Override
    String sessionsStartedBefore() {
        return "select count(*) from information_schema.sessions where session_start < ?";
    }
}
