package io.nlc.workshop;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class WorkshopsH2Test extends WorkshopsTests {}
