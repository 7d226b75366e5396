/**
 * A compact list of given names across languages, for telling a person ("Lars Nguyen called")
 * from two capitalised words ("Internal Server", "New York") where no word introduces a name.
 * Names that are also common English words or places (May, Will, Mark, Grant, Max, Paris, Austin)
 * are left out on purpose: a miss there costs less than pseudonymising "Max Retries".
 */
const NAMES = `
Aaron Abdul Abdullah Abel Abigail Abraham Ada Adam Adele Adeola Adil Aditi Aditya Adriana Adrian Adrien Agnes Agnieszka
Ahmad Ahmed Aidan Aiko Aisha Akira Akosua Alan Alba Albert Alberto Alejandra Alejandro Aleksander Aleksandra Alessandra
Alessandro Alex Alexa Alexander Alexandra Alexandre Alexei Alexis Alfonso Alfred Ali Alice Alicia Alina Alison Amanda
Amara Amelia Amelie Amir Amit Amy Ana Anastasia Anders Andre Andrea Andreas Andrei Andres Andrew Andrzej Angela Angelika
Angelo Anita Anja Anjali Ann Anna Anne Annika Anthony Antoine Anton Antonia Antonio Anya Aoife Arash Arjun Armando Arne
Arnav Arturo Ashley Astrid Aurelie Ava Ayaan Ayumi Ayşe Aziz Barbara Bartosz Beatriz Beatrice Ben Benedikt Benjamin
Bernard Bernd Bert Bianca Birgit Bjorn Björn Blessing Bogdan Boris Brandon Brenda Brian Bridget Bruno Bryan Camila
Camille Carl Carla Carlos Carmen Carolina Caroline Carsten Catalina Catherine Cecilia Celine Chanel Chantal Charles
Charlotte Chen Chiara Chidi Chinedu Chioma Chloe Chris Christian Christina Christine Christoph Christopher Ciara Ciarán
Claire Clara Claudia Claudio Colin Connor Constance Cristina Dagmar Daisuke Dan Dana Daniel Daniela Daniele Danielle
Dariusz David Davide Deborah Deepak Deepika Denis Dennis Diana Diego Dieter Dimitri Dmitri Dmitry Dominik Dominika
Donald Doris Dorothy Duc Dylan Edith Eduardo Edward Ekaterina Elena Eleni Eli Elias Elif Elisa Elisabeth Elizabeth Ella
Ellen Emil Emilia Emilie Emily Emma Emmanuel Emre Enrique Eric Erik Erika Ernesto Esther Ethan Eva Evelyn Ewa Fabian
Fabio Farah Fatima Fatma Federico Felipe Felix Fernando Filip Fiona Florian Francesca Francesco Francisco Franck Franco
François Francois Frank Franz Frederik Freya Friedrich Gabriel Gabriela Gabriele Gabriella Gary Georg George Gerald
Gerhard Gianluca Gilles Giorgio Giovanni Giulia Giuseppe Gloria Gonzalo Gordon Grace Greta Gregor Gregory Guillaume
Gustavo Gábor Hamza Hana Hannah Hans Harald Haruka Haruto Hassan Heather Heike Heinrich Helen Helena Helga Hendrik Henri
Henrik Henry Hiroshi Hiroki Hitomi Hugo Hussein Ibrahim Ida Igor Ilse Imran Ines Inga Ingrid Irene Irina Isaac Isabel
Isabella Isabelle Ishaan Ivan Ivana Jacob Jacques Jakob Jakub James Jamal Jan Jana Jane Janet Janina Janusz Jasmine
Jason Javier Jean Jelena Jennifer Jens Jeremy Jerome Jessica Jesús Ji-ho Jin Joanna Joao João Joaquim Jochen Johan
Johann Johanna Johannes John Jonas Jonathan Jorge José Jose Josef Joseph Joshua Juan Judith Julia Julian Juliana Julie
Julien Julio Jurgen Jürgen Justin Jörg Kai Kamil Karen Karim Karin Karl Karolina Kasia Katarzyna Kate Katharina
Katherine Kathrin Katja Kazuki Keiko Kemal Kenji Kerstin Kevin Khalid Kim Klaus Kofi Kristina Krzysztof Kwame Lars
Laura Lauren Laurent Lea Leila Leilani Lena Leo Leon Leonardo Leonie Liam Lina Linda Lisa Lorenzo Louis Louise Luca
Lucas Lucia Luciana Ludwig Luis Luisa Luka Lukas Lukasz Łukasz Magdalena Mai Maja Malik Manuel Manuela Marc Marcel
Marcin Marco Marcos Marcus Marek Margaret Margarita Maria María Mariana Marie Marina Mario Marion Marisa Marius Marko
Marta Martha Martin Martina Mary Mateo Mathias Mathieu Matteo Matthew Matthias Maurice Mauro Maxim Maximilian Maya Mehmet
Mei Melanie Melissa Mia Michael Michaela Michal Michał Michel Michelle Miguel Mikael Mikhail Milan Miriam Mohamed
Mohammad Mohammed Monika Monique Morgan Moritz Muhammad Mustafa Nadia Nadine Naomi Natalia Natalie Natasha Nathalie
Nathan Neha Niamh Nicholas Nicola Nicolas Nicole Niklas Nikolai Nikolaos Nils Nina Noah Noor Nora Norbert Nour Ola Olaf
Oleg Olga Oliver Olivia Olusegun Omar Oscar Oskar Pablo Paola Pascal Patricia Patrick Paul Paula Paulina Pavel Pawel
Paweł Pedro Pekka Per Peter Petra Philipp Philippe Pierre Piotr Pooja Priya Rafael Rafał Rahul Rajesh Ralf Ramon Rania
Raphael Rashid Rebecca Reza Ricardo Richard Rita Robert Roberto Rodrigo Roman Ronja Rosa Ruben Rui Ryan Ryo Sabine
Sabrina Sakura Salma Samir Samuel Sandra Sanjay Sara Sarah Sasha Satoshi Sebastian Sebastián Sergei Sergey Sergio Seo-yeon
Shira Shreya Sibusiso Silvia Simon Simone Sina Siobhan Sofia Sofie Sonia Sophia Sophie Stefan Stefanie Stefano Stephan
Stephanie Stephen Steven Susanne Sven Svetlana Sylvia Takashi Takumi Tamara Tanja Tatiana Tatjana Teresa Thabo Theo
Thomas Thorsten Tim Timo Timothy Tobias Tomasz Tomás Tomoko Torsten Ulrich Ursula Uwe Valentin Valentina Vanessa
Vasily Vera Veronica Victor Vikram Viktor Viktoria Vincent Vincenzo Vladimir Walter Wei Werner Wiktoria William Wojciech
Wolfgang Xavier Ximena Yasmin Yuki Yuko Yusuf Yuto Yvonne Zainab Zofia Zoe Émile Élodie Ömer Özlem Ángel Álvaro Óscar
`;

export const GIVEN_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter((n) => n.length > 0));

// Capitalised words that follow a given name in places, firms and products ("Victoria Station",
// "Anna Hotel"), never a family name.
export const NOT_A_SURNAME: ReadonlySet<string> = new Set(
  (
    'Street St Road Rd Avenue Ave Lane Way Drive Square Place Park Station Airport Hotel Hospital Clinic University ' +
    'College School Bank Inc Ltd LLC GmbH AG SA Corp Company Group Team Support Service Services Server Cloud Studio ' +
    'Labs Software Systems Foundation Project Manager Admin Bot App API Error Exception Version Release Update Bridge ' +
    'River Lake Mountain Island Beach Center Centre Mall Market Store Shop Restaurant Cafe Bar Church Museum Library ' +
    // Parts of software that "call", "report" and "request" like people do.
    'Worker Workers Job Jobs Queue Scheduler Gateway Handler Module Plugin Client Daemon Agent Engine Pipeline Runner ' +
    'Task Lambda Function Controller Router Monitor Tool Script Process Processor Backend Frontend Proxy Cache Database ' +
    'Webhook Hook Listener Consumer Producer Provider Adapter Connector Integration Portal Dashboard Console Checker'
  ).split(' '),
);
