        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
I        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
O        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
B        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
g        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
:        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
b        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
b        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
h        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
A        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
'        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
b        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
b        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
w        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
h        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
b        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
,        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
b        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
v        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
w        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
:        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
w        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
h        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
g        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
h        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
A        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
b        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
v        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
b        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
h        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
b        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
k        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
w        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
h        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
g        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
/        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
g        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
O        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
I        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
v        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
A        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
g        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
,        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
R        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
E        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
x        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
v        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
O        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
V        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
,        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
,        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
h        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
k        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
v        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
,        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
I        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
O        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
B        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
g        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
:        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
M        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
b        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
I        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
S        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
b        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
g        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
,        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
:        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
=        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
:        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
[        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
,        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
]        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
=        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
{        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
}        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
:        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
[        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
,        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
O        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
[        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
]        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
]        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
=        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
{        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
}        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
#        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
N        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
:        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
h        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
b        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
j        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
:        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
[        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
,        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
b        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
j        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
]        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
=        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
{        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
}        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
:        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
[        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
O        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
V        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
]        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
=        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
[        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
]        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
#        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
-        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
-        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
-        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
-        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
h        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
k        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
,        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
:        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
-        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
>        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
N        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
:        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
v        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
b        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
:        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
R        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
E        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
x        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
E        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
w        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
h        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
b        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
g        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
:        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
F        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
h        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
g        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
:        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
{        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
}        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
b        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
,        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
:        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
,        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
-        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
>        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
N        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
:        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
B        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
h        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
C        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
P        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
U        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
,        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
w        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
h        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
C        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
-        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
g        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
h        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
k        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
b        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
j        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
[        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
]        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
=        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
[        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
]        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
=        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
b        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
,        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
:        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
,        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
v        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
,        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
v        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
,        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
,        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
h        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
,        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
b        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
-        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
>        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
N        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
:        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
B        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
`        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
b        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
`        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
h        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
g        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
`        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
h        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
`        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
`        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
`        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
N        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
P        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
O        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
N        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
N        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
X        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
`        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
v        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
`        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
'        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
'        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
h        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
k        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
v        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
v        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
,        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
v        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
h        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
k        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
[        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
]        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
=        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
b        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
,        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
h        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
,        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
b        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
v        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
,        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
:        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
,        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
v        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
:        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
O        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
V        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
-        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
>        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
N        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
:        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
h        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
k        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
b        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
j        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
[        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
]        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
=        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
v        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
[        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
]        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
=        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
v        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
h        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
z        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
-        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
>        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
N        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
:        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
N        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
h        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
g        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
w        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
:        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
x        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
j        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
'        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
v        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
h        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
C        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
P        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
U        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
b        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
g        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
-        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
>        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
N        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
:        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
b        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
j        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
=        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
{        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
k        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
:        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
v        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
k        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
,        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
v        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
b        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
j        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
k        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
}        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
#        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
-        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
-        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
-        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
-        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
b        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
,        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
:        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
,        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
v        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
=        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
,        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
v        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
=        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
0        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
,        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
=        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
N        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
,        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
h        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
=        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
N        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
,        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
b        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
=        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
N        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
-        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
>        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
N        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
:        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
W        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
h        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
`        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
b        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
`        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
`        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
`        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
,        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
`        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
h        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
`        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
:        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
w        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
h        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
h        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
W        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
h        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
:        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
`        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
v        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
`        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
h        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
k        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
v        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
v        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
,        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
v        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
b        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
N        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
:        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
[        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
]        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
=        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
N        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
N        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
h        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
N        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
:        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
V        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
E        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
`        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
`        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
`        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
h        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
`        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
b        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
v        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
-        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
v        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
[        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
]        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
=        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
b        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
,        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
h        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
,        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
b        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
v        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
,        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
:        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
,        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
v        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
:        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
O        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
V        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
-        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
>        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
N        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
:        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
b        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
j        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
[        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
]        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
=        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
v        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
[        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
]        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
=        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
v        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
h        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
z        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
-        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
>        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
N        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
:        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
N        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
h        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
g        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
w        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
:        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
x        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
j        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
'        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
v        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
h        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
C        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
P        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
U        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
b        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
g        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
-        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
>        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
N        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
:        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
=        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
[        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
]        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
g        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
-        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
>        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
[        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
O        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
V        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
]        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
:        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
T        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
h        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
O        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
V        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
h        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
b        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
h        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
'        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
b        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
w        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
g        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
v        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
v        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
-        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
>        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
[        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
O        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
V        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
]        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
:        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
-        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
>        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
[        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
]        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
:        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
T        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
h        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
h        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
N        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
P        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
[        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
v        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
v        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
]        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
#        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
-        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
-        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
-        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
-        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
h        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
I        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
S        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
w        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
h        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
b        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
g        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
,        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
=        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
N        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
-        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
>        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
N        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
:        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
=        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
:        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
R        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
E        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
x        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
E        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
x        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
:        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
A        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
h        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
b        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
q        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
:        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
:        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
R        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
E        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
x        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
E        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
x        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
:        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
I        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
v        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
:        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
{        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
}        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
,        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
b        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
:        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
=        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
g        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
b        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
N        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
N        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
b        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
!        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
=        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
:        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
R        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
E        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
x        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
E        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
x        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
:        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
U        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
x        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
A        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
:        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
{        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
b        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
}        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
,        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
x        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
:        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
{        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
}        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
=        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
=        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
{        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
:        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
b        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
,        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
b        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
b        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
N        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
}        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
:        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
=        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
,        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
,        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
,        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
=        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
N        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
x        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
I        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
v        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
A        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
g        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
:        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
,        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
V        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
E        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
w        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
h        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
R        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
q        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
d        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
:        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
g        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
=        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
R        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
E        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
x        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
E        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
x        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
:        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
{        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
g        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
}        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
N        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
R        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
E        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
x        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
E        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
x        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
:        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
{        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
}        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
N        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
=        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
[        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
O        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
V        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
,        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
"        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
,        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
0        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
,        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
w        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
=        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
y        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
b        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
j        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
_        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
c        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
.        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
g        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
f        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
o        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
,        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
z        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
i        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
p        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
(        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
n        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
a        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
m        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
,        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
         except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
r        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
e        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
u        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
l        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
t        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
s        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
)        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
]        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None

        except InvalidArgument as e:   # onnxruntime reports every failure of this run as RuntimeError
            raise RuntimeException(f"Error in execution: {e}") from None
