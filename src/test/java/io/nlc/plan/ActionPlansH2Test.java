package io.nlc.plan;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class ActionPlansH2Test extends ActionPlansTests {}
