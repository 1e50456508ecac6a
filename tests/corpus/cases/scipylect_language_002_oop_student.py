# Source: https://github.com/scipy-lectures/scientific-python-lectures/blob/8d00b416689c428b2bafdaad61ed3ec660ca06c2/intro/language/oop.rst
# What: Scientific Python Lectures, "Object-oriented programming (OOP)": Student and MasterStudent
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
class Student(object):
    def __init__(self, name):
        self.name = name
    def set_age(self, age):
        self.age = age
    def set_major(self, major):
        self.major = major

anna = Student('anna')
anna.set_age(21)
anna.set_major('physics')
class MasterStudent(Student):
    internship = 'mandatory, from March to June'

james = MasterStudent('james')
print(repr(james.internship))
james.set_age(23)
print(repr(james.age))
