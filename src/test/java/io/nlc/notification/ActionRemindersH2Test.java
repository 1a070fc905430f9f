package io.nlc.notification;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class ActionRemindersH2Test extends ActionRemindersTests {}
